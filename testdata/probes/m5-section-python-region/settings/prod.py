from .base import *  # noqa

# region Pinata
IPFS_TIMEOUT = 60
IPFS_RETRIES = 3
IPFS_CID_VERSION = 1
IPFS_GROUP = "artwork"
IPFS_GATEWAY = "https://ipfs.example.org"
IPFS_WRAP = False
API_KEY = "{{+api-key:a}}"
API_SECRET = "{{+api-secret:a}}"
# endregion

# region Webhooks
WEBHOOK_SECRET = "{{-hex64}}"
# endregion
