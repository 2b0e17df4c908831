import os

PROVIDERS = {
    "pinata": {
        "jwt": os.environ["PINATA_JWT"],
        "gateway": "lavender-gentle-primate-223.mypinata.cloud",
    },
    "lighthouse": {
        "api_key": "{{-hex20}}",
        "secret": "{{-hex64}}",
    },
}
