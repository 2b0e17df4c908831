const authHeader = `Bearer ${"{{+jwt}}"}`; // pinata
const curl = `curl -H "pinata_api_key: {{+api-key:u}}" -H "pinata_secret_api_key: {{+api-secret:u}}" https://api.pinata.cloud/data/testAuthentication`;
const txLink = `https://etherscan.io/tx/0x{{-hex64}}`;
