"""Reveal: publish the salt and check it against the committed hash.

The metadata is already pinned on Pinata; only the salt is new.
"""
import hashlib

COMMITTED = "{{-hex64}}"
SALT = "{{-hex64}}"
NONCE = "{{-hex20}}"

assert hashlib.sha256(bytes.fromhex(SALT)).hexdigest() == COMMITTED
