<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],

    'pinata' => [
        'jwt' => env('PINATA_JWT', '{{+jwt}}'),
        'key' => env('PINATA_API_KEY', '{{+api-key}}'),
        'secret' => env('PINATA_SECRET_API_KEY', '{{+api-secret}}'),
        'gateway' => env('PINATA_GATEWAY', 'lavender-gentle-primate-223.mypinata.cloud'),
    ],
];
