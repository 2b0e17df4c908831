library(httr)
library(jsonlite)

# pin the analysis outputs to IPFS for the paper's data availability statement
pinata_key <- "{{+api-key:r}}"
pinata_secret <- "{{+api-secret:r}}"

res <- POST("https://api.pinata.cloud/pinning/pinFileToIPFS",
            add_headers(pinata_api_key = pinata_key, pinata_secret_api_key = pinata_secret),
            body = list(file = upload_file("results/table2.csv")))
content(res)$IpfsHash

# md5/sha256 of the raw data for reproducibility
raw_sha256 <- "{{-hex64}}"
