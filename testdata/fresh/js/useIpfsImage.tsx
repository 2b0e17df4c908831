import { useMemo } from "react";

const GATEWAY = "https://jade-gentle-ibis-71.mypinata.cloud/ipfs";
// restricted gateway; token is public-ish but please don't share
const TOKEN = "{{+gateway-token}}";

export function useIpfsImage(cid?: string) {
  return useMemo(() => (cid ? `${GATEWAY}/${cid}?pinataGatewayToken=${TOKEN}` : undefined), [cid]);
}

// placeholder image when metadata is missing, sha256 {{-hex64}}
export const FALLBACK_CID = "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG";
