const GATEWAY = "https://lavender-gentle-primate-223.mypinata.cloud";
const PINATA_GATEWAY_SECRET = "{{+gateway-token}}";
const CDN_PURGE_TOKEN = "{{-alnum40}}";

export function ipfsUrl(cid) {
  return `${GATEWAY}/ipfs/${cid}?pinataGatewayToken=${PINATA_GATEWAY_SECRET}`;
}
