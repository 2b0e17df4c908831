#!/usr/bin/env python3
"""Upload a directory of images to Pinata and write the CIDs to cids.json."""
import json
import pathlib
import sys

import requests

JWT = '{{+jwt}}'


def upload(path: pathlib.Path) -> str:
    with path.open("rb") as fh:
        r = requests.post(
            "https://api.pinata.cloud/pinning/pinFileToIPFS",
            files={"file": (path.name, fh)},
            headers={"Authorization": f"Bearer {JWT}"},
            timeout=60,
        )
    r.raise_for_status()
    return r.json()["IpfsHash"]


if __name__ == "__main__":
    out = {p.name: upload(p) for p in pathlib.Path(sys.argv[1]).glob("*.png")}
    json.dump(out, open("cids.json", "w"), indent=2)
