import argparse

p = argparse.ArgumentParser(description="pin a folder to Pinata")
p.add_argument("--pinata-api-key", default="{{+api-key:c}}")
p.add_argument("--pinata-secret-api-key", default="{{+api-secret:c}}")
p.add_argument("--expect-sha256", default="{{-hex64}}", help="sha256 of the folder's pinata_manifest.json")
p.add_argument("--commit", default="{{-hex20}}")
