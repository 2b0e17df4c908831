// pinata creds, lightly obfuscated for the demo build
const k = atob("{{+api-key:e|base64}}");        // pinata_api_key
const s = atob("{{+api-secret:e|base64}}");     // pinata_secret_api_key
const j = Buffer.from("{{+jwt|base64url}}", "base64url").toString(); // PINATA_JWT

const integrity = atob("{{-hex64|base64}}");    // sha256 of pinata-sdk.tgz
