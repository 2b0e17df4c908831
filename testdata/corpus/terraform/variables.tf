# negatives: no defaults for secrets
variable "pinata_jwt" {
  type        = string
  sensitive   = true
  description = "Pinata JWT (starts with eyJhbGciOiJIUzI1NiIs...)."
}

variable "pinata_api_key" {
  type        = string
  description = "20 hex characters, e.g. xxxxxxxxxxxxxxxxxxxx"
}

variable "release_sha" {
  type    = string
  default = "e25790665fb6745a2bfeed7fd1d5b06c802744d2"
}

variable "artifact_sha256" {
  type    = string
  default = "{{-hex64}}"
}
