# Windows dev setup
$env:PINATA_JWT = "{{+jwt}}"
[Environment]::SetEnvironmentVariable("PINATA_API_KEY", "{{+api-key}}", "User")
[Environment]::SetEnvironmentVariable("PINATA_SECRET_API_KEY", "{{+api-secret}}", "User")

$headers = @{ Authorization = "Bearer $env:PINATA_JWT" }
Invoke-RestMethod -Uri "https://api.pinata.cloud/data/testAuthentication" -Headers $headers

$hash = (Get-FileHash .\pinata-cli.zip -Algorithm SHA256).Hash.ToLower()  # {{-hex64}}
