"""Pin generated artwork metadata to IPFS via Pinata."""
import json
import os

import requests

PINATA_BASE = "https://api.pinata.cloud"

headers = {
    "pinata_api_key": "{{+api-key:py}}",
    "pinata_secret_api_key": "{{+api-secret:py}}",
}

# sha256 of the canonical metadata template, used to detect drift
TEMPLATE_DIGEST = "{{-hex64}}"


def pin_json(obj):
    r = requests.post(f"{PINATA_BASE}/pinning/pinJSONToIPFS", json=obj, headers=headers, timeout=30)
    r.raise_for_status()
    return r.json()["IpfsHash"]


if __name__ == "__main__":
    print(pin_json({"name": "test"}))
