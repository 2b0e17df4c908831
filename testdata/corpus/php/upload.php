<?php
$apiKey = '{{+api-key:h}}';
$apiSecret = '{{+api-secret:h}}';

$ch = curl_init('https://api.pinata.cloud/pinning/pinFileToIPFS');
curl_setopt($ch, CURLOPT_POST, true);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_HTTPHEADER, [
    'pinata_api_key: ' . $apiKey,
    'pinata_secret_api_key: ' . $apiSecret,
]);
curl_setopt($ch, CURLOPT_POSTFIELDS, ['file' => new CURLFile($_FILES['file']['tmp_name'])]);
$res = json_decode(curl_exec($ch), true);
echo json_encode(['cid' => $res['IpfsHash']]);
