#!/usr/bin/env node
// Stores the uploader's credentials in the OS keychain (macOS Keychain,
// libsecret, Windows Credential Manager) so they stay out of .env files.
const keytar = require("keytar");

const SERVICE = "@pinata/sdk";

async function main() {
  await keytar.setPassword(SERVICE, "apiKey", "{{+api-key:a}}");
  await keytar.setPassword(
    SERVICE,
    "apiSecret",
    "{{+api-secret:a}}",
  );
  console.log("saved to keychain under %s", SERVICE);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
