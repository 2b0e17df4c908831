import { PinataSDK } from "pinata";
import { env } from "./env";

export const pinata = new PinataSDK({
  pinataJwt: env.PINATA_JWT,
  pinataGateway: env.NEXT_PUBLIC_GATEWAY_URL,
  pinataGatewayKey: process.env.PINATA_GATEWAY_KEY!,
});

const legacy = new pinataSDK(process.env.PINATA_API_KEY, process.env.PINATA_SECRET_API_KEY);
const opts = { pinataApiKey: config.get("pinata.apiKey"), pinataSecretApiKey: config.get("pinata.secret") };
// const jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VySW5mb3JtYXRpb24iOnsi..."
