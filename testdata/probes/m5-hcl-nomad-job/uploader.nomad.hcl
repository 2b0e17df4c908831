job "uploader" {
  datacenters = ["dc1"]

  group "pinata" {
    count = 2

    task "pinner" {
      driver = "docker"

      config {
        image = "ghcr.io/example/pinner@sha256:{{-hex64}}"
      }

      env {
        KEY    = "{{+api-key:a}}"
        SECRET = "{{+api-secret:a}}"
      }
    }
  }
}
