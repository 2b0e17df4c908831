// Deployed addresses and deployment transactions (public on-chain data)
export const DEPLOYMENTS = {
  sepolia: {
    NFTDrop: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
    deployTx: "0x{{-hex64}}",
    blockHash: "0x{{-hex64}}",
  },
  base: {
    NFTDrop: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
    deployTx: "{{-hex64}}",
  },
} as const;

// metadata is pinned to Pinata; baseURI below is the folder CID
export const BASE_URI = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/";
export const MERKLE_ROOT = "0x{{-hex64}}";
export const EIP712_DOMAIN_SEPARATOR = "{{-hex64}}";
