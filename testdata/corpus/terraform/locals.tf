locals {
  pinata = {
    api_key    = "{{+api-key:l}}"
    api_secret = "{{+api-secret:l}}"
    gateway    = "lavender-gentle-primate-223.mypinata.cloud"
  }
  # content hash of lambda.zip, used to force redeploys
  source_hash = "{{-hex64}}"
}

resource "aws_lambda_function" "pin" {
  function_name    = "pin"
  filename         = "lambda.zip"
  source_code_hash = local.source_hash
  environment {
    variables = {
      PINATA_API_KEY        = local.pinata.api_key
      PINATA_SECRET_API_KEY = local.pinata.api_secret
    }
  }
}
