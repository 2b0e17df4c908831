import os
import pytest


@pytest.fixture(autouse=True)
def pinata_env(monkeypatch):
    # integration account (should have been a CI secret)
    monkeypatch.setenv("PINATA_JWT", "{{+jwt}}")
    monkeypatch.setenv("PINATA_GATEWAY_TOKEN", "{{+gateway-token}}")
    monkeypatch.setenv("PINATA_GATEWAY", "lavender-gentle-primate-223.mypinata.cloud")
    yield
