# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/example/pinata" {
  version     = "0.4.2"
  constraints = "~> 0.4"
  hashes = [
    "h1:Xk3pQm7Rv0bU2f9dYl5nHcT1wE8sJ4aZgK6yB0oNqPc=",
    "zh:{{-hex64}}",
    "zh:{{-hex64}}",
    "zh:{{-hex64}}",
  ]
}

provider "registry.terraform.io/vercel/vercel" {
  version = "1.11.0"
  hashes = [
    "zh:{{-hex64}}",
    "zh:{{-hex64}}",
  ]
}
