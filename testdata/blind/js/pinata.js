const axios = require('axios');
const FormData = require('form-data');
const fs = require('fs');

const pinataApiKey = process.env.PINATA_API_KEY || "{{+api-key:a}}";
const pinataSecretApiKey = process.env.PINATA_SECRET_API_KEY || '{{+api-secret:a}}';

async function pinFile(path) {
  const data = new FormData();
  data.append('file', fs.createReadStream(path));
  const res = await axios.post('https://api.pinata.cloud/pinning/pinFileToIPFS', data, {
    maxBodyLength: Infinity,
    headers: {
      'Content-Type': `multipart/form-data; boundary=${data._boundary}`,
      pinata_api_key: pinataApiKey,
      pinata_secret_api_key: pinataSecretApiKey,
    },
  });
  return res.data.IpfsHash;
}

module.exports = { pinFile };
