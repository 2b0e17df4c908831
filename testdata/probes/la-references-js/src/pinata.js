import { PinataSDK } from "pinata";

export const pinata = new PinataSDK({
  pinataJwt: process.env.PINATA_JWT,
  pinataGateway: import.meta.env.VITE_PINATA_GATEWAY,
});

export const legacyHeaders = {
  pinata_api_key: process.env.PINATA_API_KEY,
  pinata_secret_api_key: process.env.PINATA_API_SECRET,
};

export const gatewayUrl = (cid) =>
  `https://${process.env.PINATA_GATEWAY}/ipfs/${cid}?pinataGatewayToken=${process.env.PINATA_GATEWAY_TOKEN}`;
