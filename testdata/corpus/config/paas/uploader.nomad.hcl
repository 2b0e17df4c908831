job "uploader" {
  datacenters = ["dc1"]
  group "app" {
    task "uploader" {
      driver = "docker"
      config {
        image = "ghcr.io/example/uploader@sha256:{{-hex64}}"
      }
      env {
        PINATA_JWT            = "{{+jwt}}"
        PINATA_GATEWAY_TOKEN  = "{{+gateway-token}}"
        PINATA_GATEWAY        = "lavender-gentle-primate-223.mypinata.cloud"
      }
    }
  }
}
