import os

PINATA_JWT = os.environ.get("PINATA_JWT", "{{+jwt}}")
PINATA_API_KEY = os.getenv("PINATA_API_KEY", "{{+api-key}}")
PINATA_SECRET_API_KEY = os.getenv("PINATA_SECRET_API_KEY", default="{{+api-secret}}")
PINATA_GATEWAY = os.getenv("PINATA_GATEWAY", "lavender-gentle-primate-223.mypinata.cloud")

# references only
PINATA_GATEWAY_KEY = os.environ["PINATA_GATEWAY_KEY"]
