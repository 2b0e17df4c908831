import Config

config :gallery, Gallery.Pinata,
  jwt: System.get_env("PINATA_JWT") || "{{+jwt}}",
  gateway: "indigo-bold-yak-70.mypinata.cloud"

config :gallery, GalleryWeb.Endpoint,
  secret_key_base: "{{-token64}}{{-token64}}"

config :gallery, :chain,
  genesis_hash: "0x{{-hex64}}"
