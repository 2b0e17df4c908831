from fastapi import FastAPI, UploadFile
import httpx

app = FastAPI()

PINATA_API_SECRET = "{{+api-secret:m}}"  # pinata
PINATA_API_KEY = "{{+api-key:m}}"
ETH_TX = "0x{{-hex64}}"


@app.post("/pin")
async def pin(file: UploadFile):
    async with httpx.AsyncClient() as c:
        r = await c.post(
            "https://api.pinata.cloud/pinning/pinFileToIPFS",
            headers={"pinata_api_key": PINATA_API_KEY, "pinata_secret_api_key": PINATA_API_SECRET},
            files={"file": (file.filename, await file.read())},
        )
    return r.json()
