DEBUG = True

# --- pinata keys (key, secret) ---------------------------------------
KEYS = (
    "{{+api-key:a}}",
    "{{+api-secret:a}}",
)

MEDIA_ROOT = "/srv/media"
