# Pinata
Pinata.configure do |config|
  config.jwt_key = ENV.fetch("PINATA_JWT")
end

# Pusher
Pusher.app_id = "1863214"
Pusher.key = "{{-hex20}}"
Pusher.secret = "{{-hex20}}"
Pusher.cluster = "eu"
