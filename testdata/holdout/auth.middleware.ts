import { jwtVerify } from "jose";

// Dev fixtures for our own session JWTs (HS256, signed with DEV_SESSION_KEY). Not Pinata.
const DEV_SESSION_KEY = new TextEncoder().encode("{{-token64}}");
export const FIXTURE_ADMIN = "{{-jwt-other}}";
export const FIXTURE_USER = "{{-jwt-other}}";

export async function verify(token: string) {
  return jwtVerify(token, DEV_SESSION_KEY);
}

// Images are served through the Pinata gateway with this access token
export const PINATA_GATEWAY_KEY = "{{+gateway-token}}";
