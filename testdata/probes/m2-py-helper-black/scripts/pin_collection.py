import json
import sys
from pathlib import Path

import requests

PIN_URL = "https://api.pinata.cloud/pinning/pinFileToIPFS"


def pin_file_to_ipfs(api_key: str, api_secret: str, path: str) -> str:
    with open(path, "rb") as fh:
        r = requests.post(
            PIN_URL,
            files={"file": fh},
            headers={"pinata_api_key": api_key, "pinata_secret_api_key": api_secret},
            timeout=60,
        )
    r.raise_for_status()
    return r.json()["IpfsHash"]


if __name__ == "__main__":
    for item in sorted(Path(sys.argv[1]).glob("*.png")):
        cid = pin_file_to_ipfs(
            "{{+api-key:a}}",
            "{{+api-secret:a}}",
            str(item),
        )
        print(json.dumps({"file": item.name, "cid": cid}))
