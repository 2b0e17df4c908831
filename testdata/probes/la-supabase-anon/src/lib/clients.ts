import { createClient } from "@supabase/supabase-js";
import { PinataSDK } from "pinata";

export const supabase = createClient(
  "https://xyzcompany.supabase.co",
  "{{-jwt-other}}",
);

export const pinata = new PinataSDK({
  pinataJwt: process.env.PINATA_JWT!,
  pinataGateway: "lavender-gentle-primate-223.mypinata.cloud",
});
