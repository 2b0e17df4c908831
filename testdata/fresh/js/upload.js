const axios = require("axios");
const FormData = require("form-data");
const fs = require("fs");

const key = "{{+api-key:ax}}";
const secret = "{{+api-secret:ax}}";

async function pinFileToIPFS(path) {
  const data = new FormData();
  data.append("file", fs.createReadStream(path));
  const res = await axios.post("https://api.pinata.cloud/pinning/pinFileToIPFS", data, {
    maxBodyLength: Infinity,
    headers: {
      ...data.getHeaders(),
      pinata_api_key: key,
      pinata_secret_api_key: secret,
    },
  });
  return res.data.IpfsHash;
}

module.exports = { pinFileToIPFS };
