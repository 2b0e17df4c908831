# vault kv put output saved for the runbook (oops)
path "secret/data/gallery/pinata" {
  data = {
    api_key        = "{{+api-key:vh}}"
    secret_api_key = "{{+api-secret:vh}}"
    jwt            = "{{+jwt:vh}}"
  }
}

path "secret/data/gallery/ci" {
  data = {
    cache_digest = "{{-hex64}}"
  }
}
