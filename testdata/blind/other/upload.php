<?php
$ch = curl_init('https://api.pinata.cloud/pinning/pinFileToIPFS');
curl_setopt($ch, CURLOPT_HTTPHEADER, [
    'pinata_api_key: {{+api-key:p}}',
    'pinata_secret_api_key: {{+api-secret:p}}',
]);
curl_setopt($ch, CURLOPT_POSTFIELDS, ['file' => new CURLFile($path)]);
$response = curl_exec($ch);

// Laravel-style config
return [
    'pinata' => [
        'jwt' => env('PINATA_JWT', '{{+jwt}}'),
        'gateway_key' => env('PINATA_GATEWAY_KEY'),
    ],
    'app_key' => 'base64:{{-hex64|base64}}',
];
