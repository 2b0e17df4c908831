# negatives: outputs reference sensitive variables; hashes are content hashes
output "pinata_jwt" {
  value     = var.pinata_jwt
  sensitive = true
}

output "site_cid" {
  value = "bafybeiftc4l4vei7mxz2zl34xfsbiobzyfs237on72qmpmvyjunclu4q2e"
}

output "lambda_source_hash" {
  value = "{{-hex64}}"
}

output "deployment_id" {
  value = "{{-hex20}}"
}
