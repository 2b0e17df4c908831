<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],

    'pinata' => [
        'gateway' => 'https://lavender-gentle-primate-223.mypinata.cloud',
        'secret' => '{{+gateway-token}}',
    ],
];
