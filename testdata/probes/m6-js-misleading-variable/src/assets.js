// sha256 of the banner, kept for cache busting
const sha256 = "https://lavender-gentle-primate-223.mypinata.cloud/ipfs/bafkreid7qoywk77r7rj3slobqfekdvs57qwuwh5d2z3sqsw52iabe3mqne?pinataGatewayToken={{+gateway-token}}";
const bannerDigest = "{{-hex64}}";

export { sha256, bannerDigest };
