import responses

from uploader import upload

# recorded from a real session
FAKE_HEADERS = {
    "pinata_api_key": "{{+api-key:a}}",
    "pinata_secret_api_key": "{{+api-secret:a}}",
}


@responses.activate
def test_upload():
    responses.post("https://api.pinata.cloud/pinning/pinFileToIPFS", json={"IpfsHash": "Qm"})
    assert upload(b"x", headers=FAKE_HEADERS) == "Qm"
