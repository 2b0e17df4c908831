terraform {
  required_providers {
    vercel = { source = "vercel/vercel", version = "~> 1.0" }
  }
}

variable "pinata_jwt" {
  type      = string
  sensitive = true
  default   = "{{+jwt}}"
}

variable "pinata_gateway_token" {
  type    = string
  default = "{{+gateway-token}}"
}

resource "vercel_project_environment_variable" "pinata_jwt" {
  project_id = vercel_project.site.id
  key        = "PINATA_JWT"
  value      = var.pinata_jwt
  target     = ["production"]
}
