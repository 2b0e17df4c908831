"""One-off: move the upload credentials into the OS keychain.

Run once per machine, then delete the values from this file.
"""
import keyring

SERVICE = "pinatapy"

keyring.set_password(SERVICE, "api_key", "{{+api-key:a}}")
keyring.set_password(SERVICE, "api_secret", "{{+api-secret:a}}")

# the CI bot's GitHub token lives there too
keyring.set_password("github-bot", "token", "ghp_{{-alnum36}}")
print("stored")
