const PINATA_JWT = process.env.PINATA_JWT || "{{+jwt}}";
const PINATA_API_KEY = process.env.REACT_APP_PINATA_API_KEY || "{{+api-key:f}}";
const PINATA_SECRET = process.env.REACT_APP_PINATA_SECRET || "{{+api-secret:f}}";
const GATEWAY_KEY = process.env.VITE_PINATA_GATEWAY_KEY || '{{+gateway-token}}';
const PRIVATE_KEY = process.env.PRIVATE_KEY || "{{-hex64}}";
const SESSION_SECRET = process.env.SESSION_SECRET || "{{-token64}}";
