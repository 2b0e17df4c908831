import { loadConfig } from "../config";

describe("loadConfig", () => {
  it("reads the Pinata pair from the environment", () => {
    const cfg = loadConfig({
      PINATA_API_KEY: "0123456789abcdef0123",
      PINATA_API_SECRET: "a".repeat(64),
      PINATA_JWT: "test-jwt",
    });
    expect(cfg.pinata.key).toHaveLength(20);
  });
});
