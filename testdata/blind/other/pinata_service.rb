require 'net/http'
require 'json'

class PinataService
  API_KEY = '{{+api-key:r}}'.freeze
  API_SECRET = "{{+api-secret:r}}".freeze

  def pin_json(obj)
    uri = URI('https://api.pinata.cloud/pinning/pinJSONToIPFS')
    req = Net::HTTP::Post.new(uri, 'Content-Type' => 'application/json')
    req['pinata_api_key'] = API_KEY
    req['pinata_secret_api_key'] = API_SECRET
    req.body = obj.to_json
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
  end
end

# config/initializers/secret_token.rb leftover
Rails.application.config.secret_key_base = '{{-hex64}}'
