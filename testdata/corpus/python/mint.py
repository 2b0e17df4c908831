from web3 import Web3
import requests

w3 = Web3(Web3.HTTPProvider("https://sepolia.infura.io/v3/55314b9767e33c8be0d0953288f82429"))
acct = w3.eth.account.from_key("0x{{-hex64}}")

pinata = requests.Session()
pinata.headers["Authorization"] = "Bearer {{+jwt}}"

meta = pinata.post("https://api.pinata.cloud/pinning/pinJSONToIPFS",
                   json={"pinataContent": {"name": "Token #1"}}).json()
tx_hash = "{{-hex64}}"
print(meta["IpfsHash"], acct.address, tx_hash)
