@echo off
REM local run on the kiosk PC
set PINATA_JWT={{+jwt}}
set PINATA_GATEWAY=lavender-gentle-primate-223.mypinata.cloud
set "PINATA_GATEWAY_TOKEN={{+gateway-token}}"
set BUILD=%1
node dist\server.js
