$env:PINATA_API_KEY = "{{+api-key:w}}"
$env:PINATA_SECRET_API_KEY = "{{+api-secret:w}}"
$headers = @{ "pinata_api_key" = $env:PINATA_API_KEY; "pinata_secret_api_key" = $env:PINATA_SECRET_API_KEY }
Invoke-RestMethod -Uri "https://api.pinata.cloud/data/testAuthentication" -Headers $headers
Get-FileHash .\pinata-upload.zip -Algorithm SHA256   # {{-hex64}}
