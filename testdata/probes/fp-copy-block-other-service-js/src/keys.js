// Storage goes through Pinata (see ./pinata.js, it reads PINATA_JWT).

// Moralis Streams, copied from the dashboard:
// API Key: {{-hex20}}
// API Secret: {{-hex64}}
export const STREAM_ID = "{{-uuid}}";
