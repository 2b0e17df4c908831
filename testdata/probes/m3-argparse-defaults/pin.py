import argparse


def parse_args():
    p = argparse.ArgumentParser(description="Pin a folder")
    p.add_argument("folder")
    p.add_argument("--pinata-key", default="{{+api-key:a}}")
    p.add_argument("--pinata-secret", default="{{+api-secret:a}}")
    p.add_argument("--sha256", default="{{-hex64}}", help="expected archive digest")
    return p.parse_args()
