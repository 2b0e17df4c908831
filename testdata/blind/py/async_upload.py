import httpx

PINATA_JWT = (
    "{{+jwt}}"
)
PINATA_GATEWAY_TOKEN = \
    "{{+gateway-token}}"

async def upload(path: str) -> str:
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {PINATA_JWT}"}) as c:
        r = await c.post("https://uploads.pinata.cloud/v3/files", files={"file": open(path, "rb")})
        return r.json()["data"]["cid"]

def gateway_url(cid: str) -> str:
    return f"https://my-gw.mypinata.cloud/ipfs/{cid}?pinataGatewayToken={PINATA_GATEWAY_TOKEN}"

WEBHOOK_SECRET = "{{-token64}}"  # svix, unrelated
