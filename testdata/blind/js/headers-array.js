// raw header list for undici
const headers = [
  'Pinata_Api_Key', '{{+api-key:h}}',
  'Pinata_Secret_Api_Key', '{{+api-secret:h}}',
  'Content-Type', 'application/json',
];

const mintHeaders = {
  'X-Request-Id': '{{-hex20}}',
  'Authorization': 'Bearer {{-jwt-other}}',
};

module.exports = { headers, mintHeaders };
