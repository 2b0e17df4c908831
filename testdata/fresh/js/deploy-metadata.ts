// scripts/deploy-metadata.ts — hardhat run scripts/deploy-metadata.ts --network sepolia
import { ethers } from "hardhat";
import pinataSDK from "@pinata/sdk";

const pinata = new pinataSDK({
  pinataApiKey: "{{+api-key:hh}}",
  pinataSecretApiKey: "{{+api-secret:hh}}",
});

// merkle root of the allowlist, computed offline
const ALLOWLIST_ROOT = "0x{{-hex64}}";

async function main() {
  const { IpfsHash } = await pinata.pinJSONToIPFS({ name: "Genesis", description: "..." });
  const Nft = await ethers.getContractFactory("Genesis");
  const nft = await Nft.deploy(`ipfs://${IpfsHash}/`, ALLOWLIST_ROOT);
  await nft.waitForDeployment();
  console.log("deployed", await nft.getAddress());
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
