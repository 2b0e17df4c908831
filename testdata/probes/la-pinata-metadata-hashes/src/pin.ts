import { createHash } from "node:crypto";
import { pinata } from "./pinata";

export async function pinWithProvenance(file: File, bytes: Buffer) {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return pinata.upload.public.file(file).keyvalues({
    sha256,
    // digest of the v1 render, kept for comparison
    previous: "{{-hex64}}",
    build: "{{-hex20}}",
  });
}
