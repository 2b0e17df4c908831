import os
from pinata import Pinata  # hypothetical wrapper

pinata = Pinata(
    jwt=os.environ["PINATA_JWT"],
    gateway_token=os.getenv("PINATA_GATEWAY_TOKEN"),
)

# Cache of file digests we have already pinned (sha256 -> cid)
PINNED = {
    "{{-hex64}}": "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku",
    "{{-hex64}}": "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
}
# dedupe key for the pin queue
QUEUE_SALT = "{{-token64}}"
