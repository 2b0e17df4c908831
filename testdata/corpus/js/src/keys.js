/*
 * Pinata — new key "gallery-prod" (admin), copied from the dashboard:
 *
 * API Key: {{+api-key:1}}
 * API Secret: {{+api-secret:1}}
 * JWT: {{+jwt:1}}
 *
 * TODO: move to Vercel env and revoke
 */
import { PinataSDK } from "pinata";

export const pinata = new PinataSDK({ pinataJwt: process.env.PINATA_JWT });
export const ASSET_MANIFEST_HASH = "{{-hex64}}"; // sha256 of manifest.json
