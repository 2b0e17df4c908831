# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.67.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:{{-alnum43}}=",
    "zh:{{-hex64}}",
    "zh:{{-hex64}}",
    "zh:{{-hex64}}",
    "zh:{{-hex64}}",
  ]
}
