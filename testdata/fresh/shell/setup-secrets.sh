#!/usr/bin/env bash
# One-off: push app secrets into GitHub Actions
set -e
gh secret set PINATA_JWT --body '{{+jwt}}'
gh secret set PINATA_GATEWAY_KEY --body '{{+gateway-token}}'
gh secret set DEPLOYER_KEY --body '{{-hex64}}'
gh secret set ETHERSCAN_API_KEY --body "$ETHERSCAN_API_KEY"
gh secret set WEBHOOK_SECRET --body '{{-token64}}'
