const GATEWAY = process.env.NEXT_PUBLIC_PINATA_GATEWAY!;
const TOKEN = process.env.PINATA_GATEWAY_TOKEN!;

export const ipfsUrl = (cid: string) =>
  `https://${GATEWAY}/ipfs/${cid}?pinataGatewayToken=${TOKEN}`;

// docs example: ?pinataGatewayToken=<YOUR_GATEWAY_TOKEN>
