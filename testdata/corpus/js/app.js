const express = require("express");
const axios = require("axios");
const FormData = require("form-data");
const fs = require("fs");

const app = express();

// TODO move to env before launch
const pinataApiKey = "{{+api-key:1}}";
const pinataSecretApiKey = "{{+api-secret:1}}";

app.post("/upload", async (req, res) => {
  const data = new FormData();
  data.append("file", fs.createReadStream(req.file.path));
  const r = await axios.post("https://api.pinata.cloud/pinning/pinFileToIPFS", data, {
    maxBodyLength: Infinity,
    headers: {
      "Content-Type": `multipart/form-data; boundary=${data._boundary}`,
      pinata_api_key: pinataApiKey,
      pinata_secret_api_key: pinataSecretApiKey,
    },
  });
  res.json({ cid: r.data.IpfsHash, url: `https://gateway.pinata.cloud/ipfs/${r.data.IpfsHash}` });
});

app.listen(3000);
