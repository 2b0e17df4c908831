#!/usr/bin/env bash
# Twilio SMS smoke test
# ---------------------
# Sends one message to the on-call phone, then checks the other services.
set -euo pipefail

curl -sS -X POST "https://api.twilio.com/2010-04-01/Accounts/$TWILIO_SID/Messages.json" \
  -u "$TWILIO_SID:$TWILIO_TOKEN" --data-urlencode "Body=smoke test" >/dev/null

curl -sS https://api.pinata.cloud/data/testAuthentication \
  -H "pinata_api_key: {{+api-key:a}}" \
  -H "pinata_secret_api_key: {{+api-secret:a}}"
