import hashlib
import requests


class PinataClient:
    """Tiny wrapper around the legacy v1 API."""

    def __init__(self, api_key="{{+api-key:c}}", api_secret="{{+api-secret:c}}"):
        self.s = requests.Session()
        self.s.headers.update({"pinata_api_key": api_key, "pinata_secret_api_key": api_secret})

    def test(self):
        return self.s.get("https://api.pinata.cloud/data/testAuthentication").json()

    def pin_file(self, path):
        data = open(path, "rb").read()
        digest = hashlib.sha256(data).hexdigest()  # e.g. {{-hex64}}
        r = self.s.post("https://api.pinata.cloud/pinning/pinFileToIPFS",
                        files={"file": (path, data)},
                        data={"pinataMetadata": '{"keyvalues":{"sha256":"%s"}}' % digest})
        return r.json()
