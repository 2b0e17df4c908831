// negatives: only references, no values
export const env = {
  pinataJwt: process.env.PINATA_JWT!,
  apiKey: process.env.PINATA_API_KEY ?? "",
  secret: process.env.PINATA_SECRET_API_KEY ?? "",
  gatewayKey: import.meta.env.VITE_PINATA_GATEWAY_KEY,
  gateway: import.meta.env.VITE_PINATA_GATEWAY ?? "lavender-gentle-primate-223.mypinata.cloud",
};

if (!env.pinataJwt || env.pinataJwt === "YOUR_JWT") {
  throw new Error("PINATA_JWT is not set (expected eyJhbGciOi...)");
}
