<?php
return [
    'pinata_api_key' => '{{+api-key}}',
    'pinata_api_secret_key' => '{{+api-secret}}',
    'pinata_jwt' => "{{+jwt}}",
    'pinata_gateway' => 'lavender-gentle-primate-223.mypinata.cloud',
    'upload_checksum' => '{{-hex64}}',
    'app_key' => 'base64:{{-token64}}',
];
