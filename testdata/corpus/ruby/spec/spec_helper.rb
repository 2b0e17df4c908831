require "vcr"

VCR.configure do |c|
  c.cassette_library_dir = "spec/cassettes"
  c.hook_into :webmock
  c.filter_sensitive_data("<PINATA_JWT>") { ENV.fetch("PINATA_JWT", "YOUR_JWT") }
  c.filter_sensitive_data("<PINATA_API_KEY>") { ENV["PINATA_API_KEY"] }
  c.filter_sensitive_data("<PINATA_SECRET_API_KEY>") { ENV["PINATA_SECRET_API_KEY"] }
end

RSpec.configure do |config|
  config.before { ENV["SESSION_TOKEN"] = "{{-jwt-other}}" }
  FIXTURE_SHA256 = "{{-hex64}}"
  CSRF_SECRET = "{{-token64}}"
end
