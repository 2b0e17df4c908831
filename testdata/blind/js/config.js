module.exports = {
  pinata: {
    apiKey:
      '{{+api-key:c}}',
    apiSecret:
      '{{+api-secret:c}}',
  },
  ethereum: {
    // deployer wallet (testnet)
    privateKey:
      '0x{{-hex64}}',
  },
};
