import Config

config :archive,
  storage: [
    pinata: [
      api: "{{+api-key:a}}",
      secret: "{{+api-secret:a}}"
    ],
    local: [path: "/var/archive"]
  ]

config :archive, ArchiveWeb.Endpoint,
  secret_key_base: "{{-alnum64}}"
