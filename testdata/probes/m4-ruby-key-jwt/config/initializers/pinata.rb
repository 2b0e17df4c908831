ENV["PINATA_API_KEY"] ||= "{{+jwt:a}}"

Pinata.configure do |c|
  c.jwt_key = ENV.fetch("PINATA_API_KEY")
end
