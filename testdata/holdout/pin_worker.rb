class PinWorker
  include Sidekiq::Worker

  PINATA_CONFIG = <<~YAML
    pinata:
      api_key: {{+api-key:hd}}
      secret_api_key: {{+api-secret:hd}}
  YAML

  # ActiveStorage blob checksum of the placeholder image
  PLACEHOLDER_DIGEST = "{{-hex64}}"

  def perform(blob_id)
    cfg = YAML.safe_load(PINATA_CONFIG)["pinata"]
    Pinata::Client.new(cfg["api_key"], cfg["secret_api_key"]).pin(blob_id)
  end
end
