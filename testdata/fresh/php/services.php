<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],

    'pinata' => [
        'key' => env('PINATA_KEY', '{{+api-key:lv}}'),
        'secret' => env('PINATA_SECRET', '{{+api-secret:lv}}'),
        'jwt' => env('PINATA_JWT'),
        'gateway' => 'https://plain-eager-tapir-40.mypinata.cloud',
    ],

    'stripe' => [
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET', 'whsec_{{-token64}}'),
    ],
];
