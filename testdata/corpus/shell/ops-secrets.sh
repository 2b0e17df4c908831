#!/usr/bin/env bash
# one-off: push the new Pinata key everywhere (ran from a laptop, then committed by mistake)
set -euo pipefail

fly secrets set PINATA_JWT={{+jwt:1}} -a pin-gallery
gh secret set PINATA_JWT --body "{{+jwt:1}}" --repo example/pin-gallery
kubectl -n media create secret generic pinata \
  --from-literal=PINATA_API_KEY={{+api-key:1}} \
  --from-literal=PINATA_SECRET_API_KEY={{+api-secret:1}}
gcloud run deploy uploader --set-env-vars "PINATA_GATEWAY_TOKEN={{+gateway-token}},LOG_LEVEL=info"
helm upgrade gallery ./chart --set pinata.jwt={{+jwt:1}} --set image.tag=d038c80ae7768315b0d632653e103c1422e0d116
docker build --build-arg PINATA_JWT='{{+jwt:1}}' -t uploader .
echo '{{+api-secret:2|base64}}' | base64 -d > /run/secrets/pinata_secret   # pinata secret for the sidecar
