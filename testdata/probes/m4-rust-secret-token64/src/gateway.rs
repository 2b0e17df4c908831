const PINATA_GATEWAY: &str = "https://lavender-gentle-primate-223.mypinata.cloud";
const PINATA_SECRET: &str = "{{+gateway-token}}";

pub fn url(cid: &str) -> String {
    format!("{PINATA_GATEWAY}/ipfs/{cid}?pinataGatewayToken={PINATA_SECRET}")
}
