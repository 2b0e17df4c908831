import { createClient } from "@supabase/supabase-js";
import { PinataSDK } from "pinata";

// the anon key is public by design; it is not a Pinata credential
const supabase = createClient(
  "https://xyzcompany.supabase.co",
  "{{-jwt-other}}",
);

const pinata = new PinataSDK({
  pinataJwt: process.env.PINATA_JWT,
  pinataGateway: "lavender-gentle-primate-223.mypinata.cloud",
});

export { supabase, pinata };
