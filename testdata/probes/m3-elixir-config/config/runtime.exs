import Config

config :nft_store, NftStore.Repo,
  url: System.get_env("DATABASE_URL"),
  pool_size: 10

config :nft_store, NftStoreWeb.Endpoint,
  secret_key_base: "{{-alnum64}}"

config :nft_store, NftStore.Pinata,
  key: "{{+api-key:a}}",
  secret: "{{+api-secret:a}}",
  gateway: "https://lavender-gentle-primate-223.mypinata.cloud"
