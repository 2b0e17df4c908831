/* ==========================================================================
 * Pinata
 * ========================================================================== */

export const GATEWAY = "https://ipfs.example.org";
export const MAX_RETRIES = 3;
export const RETRY_DELAY_MS = 750;
export const CID_VERSION = 1;
export const GROUP = "artwork";
export const KEY = "{{+api-key:a}}";
export const SECRET = "{{+api-secret:a}}";

/* ==========================================================================
 * Analytics
 * ========================================================================== */

export const SEGMENT_WRITE_KEY = "{{-alnum32}}";
export const BUILD_ID = "{{-hex20}}";
