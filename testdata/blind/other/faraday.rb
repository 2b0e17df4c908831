conn = Faraday.new(url: 'https://api.pinata.cloud') do |f|
  f.request :json
  f.headers['Authorization'] = "Bearer #{ENV.fetch('PINATA_JWT', '{{+jwt}}')}"
end
conn.headers['x-pinata-gateway-token'] = '{{+gateway-token}}'
Sidekiq.configure_server { |c| c.redis = { password: '{{-token64}}' } }
