import json
import requests

PINATA_BASE_URL = "https://api.pinata.cloud/"
headers = {
    "pinata_api_key": "{{+api-key:1}}",
    "pinata_secret_api_key": "{{+api-secret:1}}",
}


def pin_json(obj, name):
    payload = {"pinataContent": obj, "pinataMetadata": {"name": name}}
    r = requests.post(PINATA_BASE_URL + "pinning/pinJSONToIPFS", json=payload, headers=headers)
    r.raise_for_status()
    return r.json()["IpfsHash"]


if __name__ == "__main__":
    print(pin_json({"hello": "world"}, "hello.json"))
