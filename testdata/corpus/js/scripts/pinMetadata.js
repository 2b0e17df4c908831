// node scripts/pinMetadata.js ./metadata
const fs = require("fs");
const path = require("path");

const headers = {
  "Content-Type": "application/json",
  "pinata_api_key": "{{+api-key}}",
  "pinata_secret_api_key": "{{+api-secret}}",
};

for (const f of fs.readdirSync(process.argv[2])) {
  const body = JSON.parse(fs.readFileSync(path.join(process.argv[2], f)));
  fetch("https://api.pinata.cloud/pinning/pinJSONToIPFS", {
    method: "POST",
    headers,
    body: JSON.stringify({ pinataContent: body, pinataMetadata: { name: f } }),
  }).then((r) => r.json()).then((j) => console.log(f, j.IpfsHash));
}
