export const pinataHeaders = new Headers();
pinataHeaders.append("PINATA_API_KEY", "{{+api-key:q}}");
pinataHeaders.append("PINATA_SECRET_API_KEY", "{{+api-secret:q}}");

export const otherHeaders = new Headers({
  "X-Api-Key": "{{-token64}}",          // moralis
  "If-None-Match": "\"{{-hex64}}\"",
});
