resource "aws_lambda_function" "pinner" {
  function_name = "ipfs-pinner"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  source_code_hash = "{{-hex64}}"

  environment {
    variables = {
      PINATA_JWT         = "{{+jwt}}"
      PINATA_API_KEY     = "{{+api-key:q}}"
      PINATA_API_SECRET  = "{{+api-secret:q}}"
    }
  }
}
