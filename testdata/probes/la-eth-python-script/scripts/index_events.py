"""Index Transfer events and pin a daily summary to Pinata."""
import os

from web3 import Web3

TRANSFER_TOPIC = "0x{{-hex64}}"
START_BLOCK_HASH = "0x{{-hex64}}"

w3 = Web3(Web3.HTTPProvider(os.environ["RPC_URL"]))
PINATA_JWT = os.environ["PINATA_JWT"]


def logs(block):
    return w3.eth.get_logs({"fromBlock": block, "topics": [TRANSFER_TOPIC]})
