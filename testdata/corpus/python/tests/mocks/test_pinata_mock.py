"""Unit tests run against a local fake Pinata; the token below is signed by the test itself."""
import jwt as pyjwt
import responses

FAKE_SIGNING_SECRET = "{{-hex64}}"
# A locally signed HS256 token with Supabase-style claims: not a Pinata credential.
PINATA_JWT = "{{-jwt-other}}"
PINATA_API_KEY = "test-key"
PINATA_SECRET_API_KEY = "test-secret"


@responses.activate
def test_pin_json():
    responses.post("https://api.pinata.cloud/pinning/pinJSONToIPFS",
                   json={"IpfsHash": "QmXUHCkXWCtcaY8jTrResZHMQFJTXyRqguXZUXwcUTtAeD"})
    assert pyjwt.decode(PINATA_JWT, options={"verify_signature": False})["role"] == "anon"
