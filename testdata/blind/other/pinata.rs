use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

const PINATA_JWT: &str = "{{+jwt}}";
// keccak256("Transfer(address,address,uint256)") topic, not a secret
const TRANSFER_TOPIC: &str = "ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
const SOME_BLOCK_HASH: &str = "{{-hex64}}";

fn headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {}", PINATA_JWT)).unwrap());
    h.insert("pinata_api_key", HeaderValue::from_static("{{+api-key:s}}"));
    h.insert("pinata_secret_api_key", HeaderValue::from_static("{{+api-secret:s}}"));
    h
}
