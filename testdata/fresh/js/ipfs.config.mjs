// storage providers, picked by STORAGE_PROVIDER
export default {
  providers: {
    pinata: {
      key: "{{+api-key:cfg}}",
      secret: "{{+api-secret:cfg}}",
      gateway: "https://ivory-noble-koala-2.mypinata.cloud",
    },
    web3storage: {
      token: "{{-jwt-other}}",
    },
    filebase: {
      bucket: "nft-assets",
      accessKey: "FILEBASEACCESSKEYID",
      secret: "{{-token64}}",
    },
  },
};
