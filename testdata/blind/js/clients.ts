import { createClient } from "@supabase/supabase-js";
import { PinataSDK } from "pinata";

export const supabase = createClient(
  "https://abcdefghijklmnop.supabase.co",
  "{{-jwt-other}}",
);

export const pinata = new PinataSDK({
  pinataJwt: "{{+jwt}}",
  pinataGateway: "abc-def-123.mypinata.cloud",
});

export const strapiToken = "{{-jwt-other}}"; // strapi v3 API token
export const uploadthingSecret = "{{-token64}}";
