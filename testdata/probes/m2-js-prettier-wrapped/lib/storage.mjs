import { createReadStream } from "node:fs";
import PinataClient from "@pinata/sdk";

const CACHE_VERSION = "{{-hex20}}";

// One client per process.
export const pinata = new PinataClient(
  "{{+api-key:a}}",
  "{{+api-secret:a}}",
);

export async function pinImage(file, name) {
  const { IpfsHash } = await pinata.pinFileToIPFS(createReadStream(file), {
    pinataMetadata: { name },
  });
  return `ipfs://${IpfsHash}`;
}
