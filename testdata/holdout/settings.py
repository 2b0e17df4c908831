import os

DEBUG = False
SECRET_KEY = "{{-hex64}}"  # django
ALLOWED_HOSTS = ["*"]

# --- IPFS / Pinata ---
PINATA_JWT = os.environ.get(
    "PINATA_JWT",
    "{{+jwt}}",
)
PINATA_GATEWAY = os.environ.get("PINATA_GATEWAY", "rose-tidy-heron-7.mypinata.cloud")
PINATA_GATEWAY_TOKEN = os.environ.get("PINATA_GATEWAY_TOKEN", "{{+gateway-token}}")

CELERY_RESULT_BACKEND_TOKEN = "{{-token64}}"
