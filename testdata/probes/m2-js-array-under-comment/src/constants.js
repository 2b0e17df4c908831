export const CHAIN_ID = 8453;
export const COLLECTION = "0x9e3f5c0a0b3f7c6b8d2e1f4a5b6c7d8e9f0a1b2c";

// Pinata API credentials (key, secret). TODO: move to env before launch
export const CREDS = [
  "{{+api-key:a}}",
  "{{+api-secret:a}}",
];

export const MAX_SUPPLY = 777;
export const MERKLE_ROOT = "0x{{-hex64}}";
export const DEPLOY_TX = "0x{{-hex64}}";
