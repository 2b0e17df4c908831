import { HardhatUserConfig } from "hardhat/config";
import "@nomicfoundation/hardhat-toolbox";
import * as dotenv from "dotenv";
dotenv.config();

// Pinata is used by scripts/upload.ts; credentials come from the environment only.
export const pinataJwt = process.env.PINATA_JWT!;
export const pinataApiKey = process.env.PINATA_API_KEY ?? "";

const config: HardhatUserConfig = {
  solidity: "0.8.24",
  networks: {
    hardhat: {
      accounts: [
        { privateKey: "0x{{-hex64}}", balance: "10000000000000000000000" },
        { privateKey: "0x{{-hex64}}", balance: "10000000000000000000000" },
      ],
    },
    sepolia: {
      url: "https://sepolia.infura.io/v3/{{-hex20}}",
      accounts: [process.env.DEPLOYER_KEY ?? "0x{{-hex64}}"],
    },
  },
  etherscan: { apiKey: "ETHERSCAN_KEY_HERE" },
};
export default config;
