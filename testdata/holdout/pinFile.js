const axios = require('axios');
const FormData = require('form-data');
const fs = require('fs');

const pinataApiKey = process.env.PINATA_API_KEY || "{{+api-key:p}}";
const pinataSecretApiKey = process.env.PINATA_SECRET_API_KEY || "{{+api-secret:p}}";

async function pinFileToIPFS(path) {
  const data = new FormData();
  data.append('file', fs.createReadStream(path));
  return axios.post('https://api.pinata.cloud/pinning/pinFileToIPFS', data, {
    maxBodyLength: Infinity,
    headers: {
      'Content-Type': `multipart/form-data; boundary=${data._boundary}`,
      pinata_api_key: pinataApiKey,
      pinata_secret_api_key: pinataSecretApiKey,
    },
  });
}

// expected sha256 of fixtures/pinata-logo.png
const LOGO_SHA256 = '{{-hex64}}';

module.exports = { pinFileToIPFS, LOGO_SHA256 };
