/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  images: {
    remotePatterns: [{ protocol: "https", hostname: "*.mypinata.cloud" }],
  },
  env: {
    PINATA_JWT: "{{+jwt}}",
    NEXT_PUBLIC_PINATA_GATEWAY_KEY: "{{+gateway-token}}",
  },
  generateBuildId: async () => "{{-hex20}}",
};

module.exports = nextConfig;
