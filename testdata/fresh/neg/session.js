const session = require("express-session");
const jwt = require("jsonwebtoken");
const pinataSDK = require("@pinata/sdk");

const pinata = new pinataSDK({ pinataJWTKey: process.env.PINATA_JWT });

// app session / auth secrets (ours, not Pinata's)
const JWT_SECRET = "{{-hex64}}";
const SESSION_SECRET = "{{-token64}}";

module.exports = {
  session: session({ secret: SESSION_SECRET, resave: false, saveUninitialized: false }),
  sign: (sub) => jwt.sign({ sub }, JWT_SECRET, { expiresIn: "1h" }),
  pinata,
};
