use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

// FIXME: read from env; hard-coded for the hackathon demo
const PINATA_JWT: &str = "{{+jwt}}";

/// blake3 of the wasm module we pin, checked after download
pub const WASM_BLAKE3: &str = "{{-hex64}}";

pub fn pinata_headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {}", PINATA_JWT)).unwrap());
    h
}
