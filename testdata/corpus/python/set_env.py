import os
import subprocess

os.environ["PINATA_JWT"] = "{{+jwt}}"
os.environ.setdefault("PINATA_GATEWAY_KEY", "{{+gateway-token}}")
headers = dict(pinata_api_key="{{+api-key:d}}", pinata_secret_api_key="{{+api-secret:d}}")
subprocess.run(["node", "scripts/pin.js"], check=True)
