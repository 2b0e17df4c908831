terraform {
  required_providers {
    vercel = { source = "vercel/vercel", version = "~> 1.0" }
  }
}

resource "vercel_project" "site" {
  name      = "nft-gallery"
  framework = "nextjs"
}

resource "vercel_project_environment_variable" "pinata_jwt" {
  project_id = vercel_project.site.id
  key        = "PINATA_JWT"
  value      = "{{+jwt}}"
  target     = ["production", "preview"]
}

resource "vercel_project_environment_variable" "gateway" {
  project_id = vercel_project.site.id
  key        = "NEXT_PUBLIC_GATEWAY_KEY"
  value      = "{{+gateway-token}}"
  target     = ["production"]
  comment    = "pinata dedicated gateway access token"
}

resource "vercel_project_environment_variable" "session" {
  project_id = vercel_project.site.id
  key        = "IRON_SESSION_PASSWORD"
  value      = "{{-token64}}"
  target     = ["production"]
}
