use reqwest::blocking::{multipart, Client};

const PINATA_JWT: &str = "{{+jwt}}";
// sha256 of assets/logo.png, checked at startup
const LOGO_SHA256: &str = "{{-hex64}}";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let form = multipart::Form::new().file("file", "assets/logo.png")?;
    let res = Client::new()
        .post("https://api.pinata.cloud/pinning/pinFileToIPFS")
        .bearer_auth(PINATA_JWT)
        .multipart(form)
        .send()?;
    println!("{} {}", res.status(), LOGO_SHA256);
    let gw = Client::new()
        .get("https://lavender-gentle-primate-223.mypinata.cloud/ipfs/bafybeij6ue4fggcosrmvvpj7xza6xusxhmhvlke2ko3niyebualnr2oe7a")
        .header("x-pinata-gateway-token", "{{+gateway-token}}")
        .send()?;
    println!("{}", gw.status());
    Ok(())
}
