import os

GATEWAY = "https://lavender-gentle-primate-223.mypinata.cloud"
PINATA_SECRET = os.getenv("PINATA_SECRET", "{{+gateway-token}}")


def url(cid: str) -> str:
    return f"{GATEWAY}/ipfs/{cid}?pinataGatewayToken={PINATA_SECRET}"
