#!/usr/bin/env bash
# Push Pinata creds into the GitHub repo secrets
gh secret set PINATA_API_KEY --body "{{+api-key:g}}"
gh secret set PINATA_API_SECRET --body "{{+api-secret:g}}"
gh secret set PINATA_JWT --body '{{+jwt:g}}'
gh secret set DEPLOYER_PRIVATE_KEY --body "{{-hex64}}"
# verify the upload workflow still resolves ${{ secrets.PINATA_JWT }}
