import os

DEBUG = os.getenv("DEBUG") == "1"
SECRET_KEY = "{{-hex64}}"
PINATA_API = "{{+api-key:a}}"
PINATA_SECRET = "{{+api-secret:a}}"
PINATA_GATEWAY = "https://lavender-gentle-primate-223.mypinata.cloud"
