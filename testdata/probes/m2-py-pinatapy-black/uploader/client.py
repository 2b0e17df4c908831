from __future__ import annotations

import logging
from pathlib import Path

from pinatapy import PinataPy

log = logging.getLogger(__name__)

EXPECTED_SHA256 = "{{-hex64}}"

pinata = PinataPy(
    "{{+api-key:a}}",
    "{{+api-secret:a}}",
)


def upload(path: Path) -> str:
    res = pinata.pin_file_to_ipfs(str(path))
    log.info("pinned %s as %s", path, res["IpfsHash"])
    return res["IpfsHash"]
