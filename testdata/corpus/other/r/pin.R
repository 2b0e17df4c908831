library(httr)

pinata_key <- "{{+api-key:r}}"
pinata_secret <- "{{+api-secret:r}}"

res <- POST(
  "https://api.pinata.cloud/pinning/pinFileToIPFS",
  add_headers(pinata_api_key = pinata_key, pinata_secret_api_key = pinata_secret),
  body = list(file = upload_file("results.csv"))
)
content(res)$IpfsHash
# sha256 of results.csv: {{-hex64}}
