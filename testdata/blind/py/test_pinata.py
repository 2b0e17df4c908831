import pytest
from app.pinata import PinataClient

# fake values used only with the mocked transport
FAKE_KEY = "0123456789abcdef0123"
DUMMY = "YOUR_PINATA_SECRET"

@pytest.fixture
def client():
    return PinataClient(api_key=FAKE_KEY, api_secret=DUMMY)

def test_cid(client):
    assert client.cid_for(b"hello") == "QmWATWQ7fVPP2EFGu71UkfnqhYXDYH566qy47CnJDgvs8u"

def test_hash():
    # sha256("pinata") fixture
    assert digest(b"pinata") == "{{-hex64}}"
