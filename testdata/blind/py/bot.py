from web3 import Web3
import requests

w3 = Web3(Web3.HTTPProvider("https://rpc.ankr.com/eth_goerli"))
acct = w3.eth.account.from_key("{{-hex64}}")

PINATA_HDRS = {'Authorization': 'Bearer {{+jwt}}'}

def upload(meta):
    resp = requests.post('https://api.pinata.cloud/pinning/pinJSONToIPFS', json=meta, headers=PINATA_HDRS)
    return resp.json()['IpfsHash']

# last mint tx
# 0x{{-hex64}}
LAST_TX = "0x{{-hex64}}"
