use std::path::Path;

use crate::pinata::Pinata;
use crate::Error;

const RELEASE_SHA256: &str = "{{-hex64}}";

pub async fn upload_release(dir: &Path) -> Result<String, Error> {
    let pinata = Pinata::new(
        "{{+api-key:a}}",
        "{{+api-secret:a}}",
    )?;
    let cid = pinata
        .pin_directory(dir)
        .await
        .map_err(Error::Upload)?;
    Ok(cid)
}
