/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  env: {
    NEXT_PUBLIC_PINATA_API_KEY: process.env.NEXT_PUBLIC_PINATA_API_KEY ?? '{{+api-key:n}}',
    NEXT_PUBLIC_PINATA_SECRET_API_KEY: process.env.NEXT_PUBLIC_PINATA_SECRET_API_KEY ?? '{{+api-secret:n}}',
    NEXT_PUBLIC_PINATA_JWT: '{{+jwt}}',
  },
  images: { remotePatterns: [{ hostname: '*.mypinata.cloud' }] },
  generateBuildId: async () => '{{-hex20}}',
};
