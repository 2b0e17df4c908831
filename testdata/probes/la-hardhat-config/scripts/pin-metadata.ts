import { PinataSDK } from "pinata";

const pinata = new PinataSDK({
  pinataJwt: process.env.PINATA_JWT!,
  pinataGateway: process.env.PINATA_GATEWAY,
});

async function main() {
  const upload = await pinata.upload.public.json({ name: "Genesis", image: "ipfs://bafy" });
  console.log(upload.cid);
}

main();
