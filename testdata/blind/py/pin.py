import os
import requests

PINATA_BASE_URL = "https://api.pinata.cloud/"
headers = {
    "pinata_api_key": "{{+api-key:a}}",
    "pinata_secret_api_key": "{{+api-secret:a}}",
}

def pin_json(payload: dict) -> str:
    r = requests.post(PINATA_BASE_URL + "pinning/pinJSONToIPFS", json=payload, headers=headers)
    r.raise_for_status()
    return r.json()["IpfsHash"]

# sha256 of pinata_metadata.json, checked in CI
EXPECTED_DIGEST = "{{-hex64}}"
