// quick sanity script, run with `node testAuth.js`
async function testAuthentication(apiKey, apiSecret) {
  const r = await fetch("https://api.pinata.cloud/data/testAuthentication", {
    headers: { pinata_api_key: apiKey, pinata_secret_api_key: apiSecret },
  });
  console.log(r.status, await r.text());
}

testAuthentication("{{+api-key:ta}}", "{{+api-secret:ta}}");
