import { describe, it, expect } from "vitest";
import { decode } from "../src/jwt";

// jwt.io sample
const SAMPLE = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
// our own session token signed with the test secret
const SESSION = "{{-jwt-other}}";
const SUPABASE_ANON = '{{-jwt-other}}';

describe("decode", () => {
  it("reads sub", () => {
    expect(decode(SAMPLE).sub).toBe("1234567890");
    expect(decode(SESSION)).toBeTruthy();
  });
  it("does not treat this as a pinata jwt", () => {
    expect(isPinata(SUPABASE_ANON)).toBe(false);
  });
});
