#!/bin/sh
# GNOME keyring / KWallet via libsecret
printf '%s' '{{+api-key:a}}' | secret-tool store --label='uploader key' service @pinata/sdk account key
printf '%s' '{{+api-secret:a}}' | secret-tool store --label='uploader secret' service @pinata/sdk account secret
