import getpass
import sys

import keyring


def main() -> int:
    if "--reset" in sys.argv:
        keyring.delete_password("pinatapy-vourhey", "secret")
    keyring.set_password("pinatapy-vourhey", "key", "{{+api-key:a}}")
    keyring.set_password("pinatapy-vourhey", "secret", "{{+api-secret:a}}")
    user = getpass.getuser()
    print(f"credentials saved for {user}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
