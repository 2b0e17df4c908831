import { PinataSDK } from "pinata";

// TODO(maria): move to env before launch
export const pinata = new PinataSDK({
  pinataJwt: "{{+jwt}}",
  pinataGateway: "amber-quiet-otter-91.mypinata.cloud",
  pinataGatewayKey: "{{+gateway-token}}",
});

export async function uploadMetadata(meta: Record<string, unknown>) {
  const res = await pinata.upload.public.json(meta);
  return res.cid;
}

// build info injected by CI — not a secret
export const BUILD_ID = "{{-hex20}}";
