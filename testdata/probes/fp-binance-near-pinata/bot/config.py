import os

# Pinata: receipts are pinned as JSON
PINATA_JWT = os.environ["PINATA_JWT"]

# Binance spot API (read-only key)
BINANCE_API_KEY = "{{-alnum64}}"
BINANCE_API_SECRET = "{{-alnum64}}"
