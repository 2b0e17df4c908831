require("@nomicfoundation/hardhat-toolbox");

const PINATA_API_KEY = "{{+api-key:h}}";
const PINATA_SECRET_API_KEY = "{{+api-secret:h}}";

module.exports = {
  solidity: "0.8.20",
  networks: {
    sepolia: {
      url: "https://rpc.sepolia.org",
      accounts: ["0x{{-hex64}}", "{{-hex64}}"],
    },
  },
  pinata: { PINATA_API_KEY, PINATA_SECRET_API_KEY },
};
