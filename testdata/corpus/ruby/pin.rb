require "net/http"
require "json"

uri = URI("https://api.pinata.cloud/pinning/pinJSONToIPFS")
req = Net::HTTP::Post.new(uri)
req["Content-Type"] = "application/json"
req["pinata_api_key"] = "{{+api-key:r}}"
req["pinata_secret_api_key"] = "{{+api-secret:r}}"
req.body = { pinataContent: { name: "badge" } }.to_json

res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
puts JSON.parse(res.body)["IpfsHash"]
