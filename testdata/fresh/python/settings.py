"""Django settings for gallery project."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "django-insecure-{{-token64}}"
DEBUG = True
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "gallery",
]

# IPFS storage backend (django-storages style)
IPFS_STORAGE = {
    "BACKEND": "gallery.storage.PinataStorage",
    "OPTIONS": {
        "jwt": "{{+jwt}}",
        "gateway": "https://cobalt-lucky-seal-2.mypinata.cloud",
        "gateway_token": "{{+gateway-token}}",
    },
}

STRIPE_WEBHOOK_SECRET = "whsec_{{-token64}}"
