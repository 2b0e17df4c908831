use keyring::Entry;

fn main() -> keyring::Result<()> {
    let user = whoami::username();
    Entry::new("pinata-sdk", &format!("{user}-api-key"))?
        .set_password("{{+api-key:a}}")?;
    Entry::new("pinata-sdk", &format!("{user}-secret-api-key"))?
        .set_password("{{+api-secret:a}}")?;
    println!("stored for {user}");
    Ok(())
}
