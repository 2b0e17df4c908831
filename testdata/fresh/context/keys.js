// keys.js — imported by scripts/*.js
module.exports = {
  // pinata
  KEY: "{{+api-key:kj}}",
  SECRET: "{{+api-secret:kj}}",
  // alchemy
  ALCHEMY: "demo",
  // metamask test wallet
  PK: "{{-hex64}}",
};
