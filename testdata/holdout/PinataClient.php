<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class PinataClient
{
    private string $jwt = '{{+jwt}}';

    public function pinJson(array $data): string
    {
        $res = Http::withToken($this->jwt)
            ->post('https://api.pinata.cloud/pinning/pinJSONToIPFS', ['pinataContent' => $data]);
        return $res->json('IpfsHash');
    }

    public function legacyHeaders(): array
    {
        return [
            'pinata_api_key' => '{{+api-key}}',
            'pinata_secret_api_key' => '{{+api-secret}}',
        ];
    }
}

// APP_KEY hash from .env.testing
const TEST_APP_KEY_HASH = '{{-hex64}}';
