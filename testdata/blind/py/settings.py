import os

DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "{{-token64}}")

# Pinata (IPFS pinning)
PINATA_JWT = os.environ.get("PINATA_JWT", "{{+jwt}}")
PINATA_GATEWAY = "https://gateway.pinata.cloud"
PINATA_GATEWAY_TOKEN = os.getenv("PINATA_GATEWAY_TOKEN") or '{{+gateway-token}}'
