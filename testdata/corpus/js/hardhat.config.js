require("@nomicfoundation/hardhat-toolbox");

const PRIVATE_KEY = "{{-hex64}}"; // throwaway sepolia account
const PINATA_JWT = "{{+jwt}}";

module.exports = {
  solidity: "0.8.24",
  networks: {
    sepolia: {
      url: "https://eth-sepolia.g.alchemy.com/v2/9ee4d31c877a732bbc49e87e20d702c4",
      accounts: [`0x${PRIVATE_KEY}`],
    },
    hardhat: {
      accounts: [{ privateKey: "0x{{-hex64}}", balance: "10000000000000000000000" }],
    },
  },
  pinata: { jwt: PINATA_JWT },
};
