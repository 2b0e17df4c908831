'use strict';
const pinataSDK = require('@pinata/sdk');

// legacy SDK
const pinata = new pinataSDK('{{+api-key:a}}', '{{+api-secret:a}}');

async function main() {
  const res = await pinata.testAuthentication();
  console.log(res);
  const body = { name: 'hello', cid: 'QmgnFfwpMrLopAgYgbm6aas5WpfJgnUV8nENHAGjRbgExG' };
  const pinned = await pinata.pinJSONToIPFS(body, { pinataMetadata: { name: 'hello.json' } });
  console.log(pinned.IpfsHash);
}

main();
