export const services = {
  pinata: {
    jwt: process.env.PINATA_JWT!,
    gateway: "lavender-gentle-primate-223.mypinata.cloud",
  },
  pusher: {
    key: "{{-hex20}}",
    secret: "{{-hex20}}",
    cluster: "eu",
  },
  sentry: {
    authToken: "{{-hex64}}",
  },
};
