import keyring

# GitHub OAuth app used for the admin login
keyring.set_password("github-oauth", "client_id", "{{-hex20}}")
keyring.set_password("github-oauth", "client_secret", "{{-hex40}}")
# webhook signing
keyring.set_password("stripe-webhooks", "signing_secret", "{{-hex64}}")
