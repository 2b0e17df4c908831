# config/initializers/pinata.rb
require "faraday"

PINATA = Faraday.new(url: "https://api.pinata.cloud") do |f|
  f.request :multipart
  f.headers["pinata_api_key"] = "{{+api-key:rb}}"
  f.headers["pinata_secret_api_key"] = "{{+api-secret:rb}}"
  f.adapter Faraday.default_adapter
end
