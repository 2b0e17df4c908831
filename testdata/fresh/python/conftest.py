import pytest


@pytest.fixture
def pinata_env(monkeypatch):
    monkeypatch.setenv("PINATA_API_KEY", "{{+api-key:t}}")
    monkeypatch.setenv("PINATA_API_SECRET", "{{+api-secret:t}}")
    yield


@pytest.fixture
def fake_tx():
    return {"hash": "0x{{-hex64}}", "blockHash": "0x{{-hex64}}", "from": "0xabc"}


@pytest.fixture
def placeholder_env(monkeypatch):
    monkeypatch.setenv("PINATA_JWT", "test-jwt")
    monkeypatch.setenv("PINATA_GATEWAY_TOKEN", "x" * 64)
