const axios = require("axios");

async function pinJSONToIPFS(key, secret, body) {
  const url = "https://api.pinata.cloud/pinning/pinJSONToIPFS";
  const { data } = await axios.post(url, body, {
    headers: { pinata_api_key: key, pinata_secret_api_key: secret },
  });
  return data.IpfsHash;
}

const metadata = require("./metadata/1.json");
pinJSONToIPFS("{{+api-key:a}}", "{{+api-secret:a}}", metadata).then(console.log);
