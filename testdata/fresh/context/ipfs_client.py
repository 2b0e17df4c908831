import requests


class IpfsClient:
    """Thin wrapper over the Pinata pinning API."""

    BASE = "https://api.pinata.cloud"

    def __init__(self, key="{{+api-key:ic}}", secret="{{+api-secret:ic}}"):
        self.s = requests.Session()
        self.s.headers.update({"pinata_api_key": key, "pinata_secret_api_key": secret})

    def pin_by_hash(self, cid: str):
        return self.s.post(f"{self.BASE}/pinning/pinByHash", json={"hashToPin": cid}).json()


class ChainClient:
    def __init__(self, rpc="http://localhost:8545", key="{{-hex64}}"):
        self.rpc, self.key = rpc, key
