@echo off
REM Pinata upload helper
set PINATA_JWT={{+jwt}}
set PINATA_GATEWAY_TOKEN={{+gateway-token}}
set BUILD_HASH={{-hex64}}
curl -H "Authorization: Bearer %PINATA_JWT%" https://api.pinata.cloud/data/testAuthentication
