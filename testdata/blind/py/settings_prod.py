# production settings
SECRET_KEY = "{{-token64}}"
CSRF_COOKIE_SECRET = "{{-token64}}"
SUPABASE_KEY = "{{-jwt-other}}"

PINATA = {
    "API_KEY": "{{+api-key:p}}",
    "API_SECRET": "{{+api-secret:p}}",
    "GATEWAY_TOKEN": "{{+gateway-token}}",
}

WEB3 = {
    "PRIVATE_KEY": "{{-hex64}}",
    "CHAIN_ID": 11155111,
}
