import pytest

from pinata_client import PinataClient

# negatives: fixtures that only look like keys
FAKE_KEY = "xxxxxxxxxxxxxxxxxxxx"
FAKE_SECRET = "0" * 64
FAKE_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ..."
SAMPLE_CID = "QmBRj6LLcTDAvy14QHpzdNyK7o6KDEnaVUBoiae1R2FnQk"
EXPECTED_SHA256 = "{{-hex64}}"
REQUEST_ID = "{{-hex20}}"


@pytest.fixture
def client(requests_mock):
    requests_mock.get("https://api.pinata.cloud/data/testAuthentication",
                      json={"message": "Congratulations! You are communicating with the Pinata API!"},
                      headers={"x-request-id": REQUEST_ID})
    return PinataClient(api_key=FAKE_KEY, api_secret=FAKE_SECRET)


def test_auth(client):
    assert "Congratulations" in client.test()["message"]


def test_supabase_token_is_not_pinata():
    token = "{{-jwt-other}}"
    assert token.count(".") == 2
