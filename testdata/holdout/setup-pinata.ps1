# Sets Pinata credentials for the current user (dev box only)
[Environment]::SetEnvironmentVariable("PINATA_JWT", "{{+jwt}}", "User")
$env:PINATA_GATEWAY_TOKEN = "{{+gateway-token}}"

$headers = @{
    "pinata_api_key"        = "{{+api-key:ps}}"
    "pinata_secret_api_key" = "{{+api-secret:ps}}"
}
Invoke-RestMethod -Uri "https://api.pinata.cloud/data/testAuthentication" -Headers $headers

# expected hash of the installer we downloaded
$ExpectedHash = "{{-hex64}}"
if ((Get-FileHash .\pinata-setup.exe -Algorithm SHA256).Hash -ne $ExpectedHash) { throw "bad hash" }
