require("dotenv").config();
const express = require("express");
const session = require("express-session");
const multer = require("multer");
const { Readable } = require("stream");
const pinataSDK = require("@pinata/sdk");

const app = express();
const upload = multer({ storage: multer.memoryStorage() });
const pinata = new pinataSDK(process.env.API_KEY, process.env.API_SECRET);

app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.post("/art", upload.single("file"), async (req, res) => {
  const stream = Readable.from(req.file.buffer);
  stream.path = req.file.originalname;
  const result = await pinata.pinFileToIPFS(stream, {
    pinataMetadata: { name: req.file.originalname },
  });
  res.json({ cid: result.IpfsHash });
});

app.listen(process.env.PORT || 3000);
