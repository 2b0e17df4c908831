<?php

namespace App\Services;

use Pinata\Pinata;

class IpfsService
{
    private Pinata $pinata;

    private const WEBHOOK_SECRET = '{{-hex64}}';

    public function __construct()
    {
        $this->pinata = new Pinata('{{+api-key:a}}', '{{+api-secret:a}}');
    }

    public function pin(string $path): string
    {
        $response = $this->pinata->pinFileToIPFS($path);

        return $response['IpfsHash'];
    }
}
