import pinataSDK from "@pinata/sdk";

const pinata = new pinataSDK({
  pinataApiKey: "{{+api-key:p}}",
  pinataSecretApiKey: "{{+api-secret:p}}",
});

const pinataWithJwt = new pinataSDK({ pinataJWTKey: "{{+jwt:q}}" });

export { pinata, pinataWithJwt };
