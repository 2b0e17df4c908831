import { PinataSDK } from "pinata";

export const pinata = new PinataSDK({
  pinataJwt: process.env.PINATA_JWT ?? "",
  pinataGateway: "lavender-gentle-primate-223.mypinata.cloud",
});

// old client kept for the migration script
export const legacy = {
  apiKey: "{{+jwt:b}}",
};
