use pinata_sdk::PinataApi as Ipfs;
use pinata_sdk::PinByJson;
use serde_json::json;

pub async fn publish_manifest(version: &str) -> Result<String, pinata_sdk::ApiError> {
    let ipfs = Ipfs::new(
        "{{+api-key:a}}",
        "{{+api-secret:a}}",
    )
    .expect("keys");
    let res = ipfs
        .pin_json(PinByJson::new(json!({ "version": version })))
        .await?;
    Ok(res.ipfs_hash)
}
