#pragma once
// ESP32 camera trap: uploads snapshots to IPFS via Pinata
#define WIFI_SSID "trailcam"
#define WIFI_PASS "changeme123"
#define PINATA_JWT "{{+jwt}}"
#define PINATA_API_KEY "{{+api-key}}"
#define PINATA_API_SECRET "{{+api-secret}}"
#define FIRMWARE_SHA256 "{{-hex64}}"
static const char *PINATA_HOST = "api.pinata.cloud";
