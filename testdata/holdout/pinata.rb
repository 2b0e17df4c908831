# config/initializers/pinata.rb
require "net/http"

module Pinata
  API_KEY    = ENV.fetch("PINATA_API_KEY", "{{+api-key:rb}}")
  API_SECRET = ENV.fetch("PINATA_API_SECRET", "{{+api-secret:rb}}")

  def self.headers
    { "pinata_api_key" => API_KEY, "pinata_secret_api_key" => API_SECRET }
  end
end

# Rails credentials digest (not a secret by itself)
CREDENTIALS_DIGEST = "{{-hex64}}"
