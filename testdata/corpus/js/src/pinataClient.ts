import { PinataSDK } from "pinata";

export const pinata = new PinataSDK({
  pinataJwt: "{{+jwt}}",
  pinataGateway: "lavender-gentle-primate-223.mypinata.cloud",
  pinataGatewayKey: "{{+gateway-token}}",
});

export async function upload(file: File) {
  const { cid } = await pinata.upload.public.file(file);
  return pinata.gateways.public.convert(cid);
}
