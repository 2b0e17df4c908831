import { createClient } from "@supabase/supabase-js";
import { PinataSDK } from "pinata";

// Supabase anon key is public by design (RLS protects the data)
export const supabase = createClient(
  "https://xyzcompany.supabase.co",
  "{{-jwt-other}}"
);

export const pinata = new PinataSDK({
  pinataJwt: process.env.PINATA_JWT,
  pinataGateway: process.env.NEXT_PUBLIC_GATEWAY_URL,
});
