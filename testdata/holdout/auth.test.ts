import { describe, it, expect } from "vitest";
import { verifySession } from "../src/auth";

// Tokens signed with the test HMAC secret below; nothing here talks to Pinata.
const TEST_HMAC_SECRET = "{{-hex64}}";
const VALID = "{{-jwt-other}}";
const EXPIRED = "{{-jwt-other}}";

describe("verifySession", () => {
  it("accepts a valid token", () => {
    expect(verifySession(VALID, TEST_HMAC_SECRET)).toBeTruthy();
  });
  it("rejects an expired token", () => {
    expect(verifySession(EXPIRED, TEST_HMAC_SECRET)).toBeFalsy();
  });
});
