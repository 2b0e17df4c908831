import Config

config :gallery, GalleryWeb.Endpoint,
  secret_key_base: "{{-token64}}{{-token64}}"

config :gallery, :pinata,
  api_key: "{{+api-key:ex}}",
  secret_api_key: "{{+api-secret:ex}}",
  gateway: "https://wild-proud-stoat-8.mypinata.cloud"

config :gallery, :ethereum,
  private_key: "{{-hex64}}"
