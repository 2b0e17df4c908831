const GATEWAY = "https://lavender-gentle-primate-223.mypinata.cloud";
const TOKEN = "{{+gateway-token}}";

export function gatewayUrl(cid: string): string {
  return `${GATEWAY}/ipfs/${cid}?pinataGatewayToken=${TOKEN}`;
}

// hard-coded preview for the landing page
export const HERO_IMAGE =
  "https://lavender-gentle-primate-223.mypinata.cloud/ipfs/bafybeiftc4l4vei7mxz2zl34xfsbiobzyfs237on72qmpmvyjunclu4q2e?pinataGatewayToken={{+gateway-token}}";

export const HERO_IMAGE_PUBLIC = "https://gateway.pinata.cloud/ipfs/bafybeiftc4l4vei7mxz2zl34xfsbiobzyfs237on72qmpmvyjunclu4q2e";
