use pinata_sdk::PinataApi;

pub struct Config {
    pub key: String,
    pub secret: String,
}

/// Genesis block hash of the chain we index (public).
pub const GENESIS: &str = "{{-hex64}}";

pub fn client(cfg: &Config) -> PinataApi {
    PinataApi::new(&cfg.key, &cfg.secret).expect("pinata credentials")
}
