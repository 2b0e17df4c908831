# Known test vectors, not secrets.
HARDHAT_ACCOUNT_0_PK = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
ANVIL_PK_1 = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
random_wallet_pk = "{{-hex64}}"
tx = {"hash": "0x{{-hex64}}", "blockHash": "0x{{-hex64}}", "nonce": 7}
# upload to pinata is mocked in these tests: PINATA_JWT = "test-jwt"
