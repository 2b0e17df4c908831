resource "aws_secretsmanager_secret" "ipfs" {
  name = "prod/ipfs/pinata"
}

resource "aws_secretsmanager_secret_version" "ipfs" {
  secret_id = aws_secretsmanager_secret.ipfs.id
  secret_string = jsonencode({
    api_key    = "{{+api-key:sm}}"
    api_secret = "{{+api-secret:sm}}"
    jwt        = "{{+jwt:sm}}"
  })
}

resource "aws_secretsmanager_secret" "rpc" {
  name = "prod/rpc/alchemy"
}

resource "aws_secretsmanager_secret_version" "rpc" {
  secret_id     = aws_secretsmanager_secret.rpc.id
  secret_string = jsonencode({ webhook_signing_key = "{{-token64}}", auth_token = "{{-hex64}}" })
}
