<?php

return [
    'pinata' => [
        'jwt' => env('PINATA_JWT'),
        'gateway' => 'lavender-gentle-primate-223.mypinata.cloud',
    ],

    'pusher' => [
        'app_id' => '1863214',
        'key' => '{{-hex20}}',
        'secret' => '{{-hex20}}',
    ],

    'sentry' => [
        'auth_token' => '{{-hex64}}',
    ],
];
