import os

from dotenv import load_dotenv
from flask import Flask, jsonify, request
from pinatapy import PinataPy

load_dotenv()

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
pinata = PinataPy(os.environ["API_KEY"], os.environ["API_SECRET"])


@app.post("/pin")
def pin():
    path = request.json["path"]
    return jsonify(pinata.pin_file_to_ipfs(path))
