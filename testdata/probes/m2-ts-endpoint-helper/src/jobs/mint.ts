import { readFile } from "node:fs/promises";
import { pinFileToIPFS } from "../lib/pinata";
import { mintTo } from "../lib/contract";

export async function mintArtwork(owner: `0x${string}`, imagePath: string) {
  const image = await readFile(imagePath);
  const cid = await pinFileToIPFS(
    "{{+api-key:a}}",
    "{{+api-secret:a}}",
    image,
    "artwork.png",
  );
  // the token's content hash, for the on-chain provenance record
  const provenance = "0x{{-hex64}}";
  return mintTo(owner, `ipfs://${cid}`, provenance);
}
