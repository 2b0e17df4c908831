from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = "django-insecure-{{-hex64}}"
DEBUG = False
ALLOWED_HOSTS = ["gallery.example.org"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "gallery",
]

# IPFS storage backend
PINATA = {
    "API_KEY": "{{+api-key:d}}",
    "API_SECRET": "{{+api-secret:d}}",
    "JWT": "{{+jwt:d}}",
    "GATEWAY": "https://lavender-gentle-primate-223.mypinata.cloud",
}

CSRF_COOKIE_SECURE = True
