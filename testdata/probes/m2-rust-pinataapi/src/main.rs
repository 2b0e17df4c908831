use pinata_sdk::{PinByFile, PinataApi};

// sha256 of ./site/index.html at the last release
const INDEX_SHA256: &str = "{{-hex64}}";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let api = PinataApi::new("{{+api-key:a}}", "{{+api-secret:a}}").unwrap();
    api.test_authentication().await?;

    let result = api.pin_file(PinByFile::new("./site")).await?;
    println!("pinned {}", result.ipfs_hash);
    Ok(())
}
