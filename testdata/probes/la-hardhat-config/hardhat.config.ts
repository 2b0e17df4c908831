import { HardhatUserConfig } from "hardhat/config";
import "@nomicfoundation/hardhat-toolbox";
import "dotenv/config";

// hardhat's well-known test account, only for the local network
const DEV_KEY = "0x{{-hex64}}";
const PRIVATE_KEY = process.env.PRIVATE_KEY ?? DEV_KEY;

const config: HardhatUserConfig = {
  solidity: "0.8.24",
  networks: {
    sepolia: {
      url: `https://eth-sepolia.g.alchemy.com/v2/${process.env.ALCHEMY_KEY}`,
      accounts: [PRIVATE_KEY],
    },
  },
  etherscan: { apiKey: "{{-upper34}}" },
};

export default config;
