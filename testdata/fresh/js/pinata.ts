import { PinataSDK } from "pinata";

export const pinata = new PinataSDK({
  pinataJwt: process.env.PINATA_JWT ?? "{{+jwt}}",
  pinataGateway: "plum-steady-yak-60.mypinata.cloud",
  pinataGatewayKey: "{{+gateway-token}}",
});
