resource "aws_secretsmanager_secret" "pinata" {
  name        = "prod/uploader/pinata"
  description = "IPFS pinning credentials for the uploader"
}

resource "aws_secretsmanager_secret_version" "pinata" {
  secret_id = aws_secretsmanager_secret.pinata.id

  secret_string = jsonencode({
    api_key    = "{{+api-key:a}}"
    api_secret = "{{+api-secret:a}}"
  })
}
