from flask import Flask, request, jsonify
import requests

app = Flask(__name__)
app.config["SECRET_KEY"] = "{{-hex64}}"
app.secret_key = "{{-token64}}"

PINATA_HEADERS = {"Authorization": "BEARER {{+jwt}}"}


@app.post("/pin")
def pin():
    f = request.files["file"]
    r = requests.post(
        "https://uploads.pinata.cloud/v3/files",
        headers=PINATA_HEADERS,
        files={"file": (f.filename, f.stream)},
        data={"network": "public"},
    )
    return jsonify(r.json())
