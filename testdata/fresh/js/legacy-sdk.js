// old @pinata/sdk v1 usage
const pinataSDK = require('@pinata/sdk');
const pinata = new pinataSDK('{{+api-key:l}}', '{{+api-secret:l}}');

pinata.testAuthentication().then((result) => {
  console.log(result);
}).catch((err) => {
  console.log(err);
});
