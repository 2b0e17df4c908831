module.exports = {
  port: process.env.PORT || 8080,
  pinata: {
    jwt: process.env.PINATA_JWT || "{{+jwt}}",
    apiKey: process.env.PINATA_API_KEY || '{{+api-key}}',
    apiSecret: process.env.PINATA_API_SECRET || '{{+api-secret}}',
    gatewayToken: process.env.PINATA_GATEWAY_TOKEN ?? "{{+gateway-token}}",
    gateway: process.env.PINATA_GATEWAY || "gateway.pinata.cloud",
  },
  session: {
    secret: process.env.SESSION_SECRET || "{{-hex64}}",
  },
};
