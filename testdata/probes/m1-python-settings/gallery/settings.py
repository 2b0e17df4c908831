from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "gallery.artworks",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "gallery",
    }
}

# uploads
API_KEY = "{{+api-key:a}}"
API_SECRET = "{{+api-secret:a}}"
UPLOAD_MAX_MB = 50
