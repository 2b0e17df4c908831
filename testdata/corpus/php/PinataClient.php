<?php
namespace App\Services;

use GuzzleHttp\Client;

class PinataClient
{
    public function __construct(private Client $http = new Client())
    {
    }

    public function test(): array
    {
        $res = $this->http->get('https://api.pinata.cloud/data/testAuthentication', [
            'headers' => ['Authorization' => 'Bearer {{+jwt}}'],
        ]);
        return json_decode((string) $res->getBody(), true);
    }
}
