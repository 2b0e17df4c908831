#!/bin/sh
# quick check that the pinata JWT works
curl -s https://api.pinata.cloud/data/testAuthentication \
     -H "authorization: bearer {{+jwt}}"
curl -s "https://api.pinata.cloud/data/testAuthentication" -H "Authorization: Bearer $PINATA_JWT"
