pub fn headers() -> reqwest::header::HeaderMap {
    let mut h = reqwest::header::HeaderMap::new();
    h.insert("pinata_api_key", "{{+api-key:rs}}".parse().unwrap());
    h.insert("pinata_secret_api_key", "{{+api-secret:rs}}".parse().unwrap());
    h.insert("x-correlation-id", "{{-hex20}}".parse().unwrap());
    h
}
