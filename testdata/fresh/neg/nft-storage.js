import { NFTStorage, File } from "nft.storage";

// NFT.Storage token (we migrated off Pinata, see docs/migration.md)
const client = new NFTStorage({ token: "{{-jwt-other}}" });

export async function store(name, blob) {
  return client.store({ name, description: "", image: new File([blob], "img.png", { type: "image/png" }) });
}
