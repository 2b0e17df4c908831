package main

// Pinata key "ci-uploader" (created 2026-10-02, admin):
//
//   API Key: {{+api-key:dc}}
//   API Secret: {{+api-secret:dc}}
//   JWT: {{+jwt:dc}}
//
// TODO: move these into the CI secret store and delete this comment.

// walletSeedHash is the keccak256 of the test mnemonic; not a secret.
const walletSeedHash = "{{-hex64}}"

func main() {}
