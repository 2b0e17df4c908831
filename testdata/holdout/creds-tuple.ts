// [key, secret] for Pinata, pasted from the dashboard by the intern
const PINATA_CREDS: [string, string] = ["{{+api-key:tu}}", "{{+api-secret:tu}}"];

// [address, privateKey] for the faucet wallet on the local anvil chain
const FAUCET: [string, string] = ["0x{{-hex20}}{{-hex20}}", "0x{{-hex64}}"];

export const pinataHeaders = () => ({
  pinata_api_key: PINATA_CREDS[0],
  pinata_secret_api_key: PINATA_CREDS[1],
});
