// old @pinata/sdk v1 usage, kept for the migration script
const pinataSDK = require('@pinata/sdk');
const pinata = new pinataSDK('{{+api-key:m}}', '{{+api-secret:m}}');

pinata.testAuthentication().then((result) => {
    console.log(result);
}).catch((err) => {
    console.log(err);
});

// wallet used to mint the test collection (goerli, burned)
const MINTER_PK = '{{-hex64}}';
const LAST_MINT_TX = '0x{{-hex64}}';
