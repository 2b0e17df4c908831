# frozen_string_literal: true

Rails.application.config.pinata = ActiveSupport::OrderedOptions.new.tap do |c|
  c.jwt = ENV.fetch("PINATA_JWT") { "{{+jwt}}" }
  c.gateway = ENV.fetch("PINATA_GATEWAY", "lavender-gentle-primate-223.mypinata.cloud")
  c.gateway_token = ENV["PINATA_GATEWAY_TOKEN"] || '{{+gateway-token}}'
end

Rails.application.config.secret_key_base = "{{-hex64}}{{-hex64}}"
