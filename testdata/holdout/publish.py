import subprocess

def publish(path: str) -> None:
    # shelling out because the SDK wheel is broken on arm64
    subprocess.run(
        [
            "curl", "-sf", "-X", "POST",
            "https://api.pinata.cloud/pinning/pinFileToIPFS",
            "-H", "Authorization: Bearer {{+jwt}}",
            "-F", f"file=@{path}",
        ],
        check=True,
    )

EXPECTED_TOOL_SHA = "{{-hex64}}"  # sha256 of the bundled curl binary
