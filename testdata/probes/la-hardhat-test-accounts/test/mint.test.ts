import { expect } from "chai";
import { ethers } from "hardhat";
import { mockPinata } from "./helpers/mock-pinata";

// Hardhat's default accounts (public test keys, never funded on a real chain)
const ACCOUNTS = [
  "0x{{-hex64}}",
  "0x{{-hex64}}",
  "0x{{-hex64}}",
];

describe("mint", () => {
  it("pins metadata to Pinata before minting", async () => {
    const pinata = mockPinata({ cid: "bafkreid7qoywk77r7rj3slobqfekdvs57qwuwh5d2z3sqsw52iabe3mqne" });
    const wallet = new ethers.Wallet(ACCOUNTS[1], ethers.provider);
    const drop = await ethers.deployContract("Drop", [], wallet);
    await drop.mint(wallet.address, await pinata.pin({ name: "x" }));
    expect(await drop.tokenURI(1)).to.contain("ipfs://");
  });
});
