resource "aws_secretsmanager_secret" "pinata" {
  name = "prod/uploader/pinata"
}
