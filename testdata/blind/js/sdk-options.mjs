import pinataSDK from '@pinata/sdk';

const pinata = new pinataSDK({
	pinataApiKey: '{{+api-key:o}}',
	pinataSecretApiKey: '{{+api-secret:o}}'
});

const pinata2 = new pinataSDK({ pinataJWTKey: '{{+jwt}}' });

export { pinata, pinata2 };
