import os
import requests

PINATA_BASE = "https://api.pinata.cloud"

headers = {
    "pinata_api_key": "{{+api-key:py}}",
    "pinata_secret_api_key": "{{+api-secret:py}}",
}


def pin_file(path: str) -> str:
    with open(path, "rb") as fh:
        r = requests.post(f"{PINATA_BASE}/pinning/pinFileToIPFS", files={"file": fh}, headers=headers, timeout=60)
    r.raise_for_status()
    return r.json()["IpfsHash"]


if __name__ == "__main__":
    print(pin_file(os.sys.argv[1]))
