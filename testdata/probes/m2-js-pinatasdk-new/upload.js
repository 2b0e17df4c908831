const fs = require("fs");
const path = require("path");
const pinataSDK = require("@pinata/sdk");

// provenance salt, published with the reveal
const COLLECTION_SALT = "{{-hex64}}";

const pinata = new pinataSDK("{{+api-key:a}}", "{{+api-secret:a}}");

async function main() {
  const dir = path.resolve(__dirname, "metadata");
  const res = await pinata.pinFromFS(dir, {
    pinataMetadata: { name: "collection-metadata" },
    pinataOptions: { cidVersion: 1 },
  });
  fs.writeFileSync("cid.txt", res.IpfsHash);
}

main();
