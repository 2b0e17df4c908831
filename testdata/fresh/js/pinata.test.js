const { uploadJson } = require("../src/ipfs");

describe("uploadJson", () => {
  beforeAll(() => {
    // real key from my account, tests hit the API
    process.env.PINATA_JWT = "{{+jwt:exp-test}}";
  });

  it("returns a CID", async () => {
    const cid = await uploadJson({ hello: "world" });
    expect(cid).toMatch(/^(Qm|baf)/);
  });

  it("rejects a bad token", async () => {
    process.env.PINATA_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.invalid.invalid";
    await expect(uploadJson({})).rejects.toThrow("INVALID_CREDENTIALS");
  });

  it("computes the request id", () => {
    expect(require("../src/ids").requestId("x")).toBe("{{-hex20}}");
  });
});
