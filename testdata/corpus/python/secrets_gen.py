"""Generated app secrets (not Pinata; Pinata keys are read from the environment)."""
import os

SECRET_KEY = "{{-token64}}"          # secrets.token_urlsafe(48)
CSRF_SECRET = "{{-token64}}"
WEBHOOK_SIGNING_SECRET = "{{-hex64}}"
REFRESH_TOKEN_PEPPER = "{{-token64}}"
API_TOKEN_FOR_ADMIN = "{{-jwt-other}}"

PINATA_JWT = os.environ["PINATA_JWT"]
PINATA_GATEWAY = "lavender-gentle-primate-223.mypinata.cloud"
PINATA_GATEWAY_TOKEN = os.environ.get("PINATA_GATEWAY_TOKEN", "")
