// @pinata/sdk 1.x exported a factory, not a class
const pinataSDK = require("@pinata/sdk");
const pinata = pinataSDK(
  "{{+api-key:a}}",
  "{{+api-secret:a}}"
);

pinata
  .testAuthentication()
  .then(() => pinata.pinJSONToIPFS({ name: "Genesis #1", attributes: [] }))
  .then((r) => console.log(r.IpfsHash))
  .catch(console.error);
