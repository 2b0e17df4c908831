require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.x.pinata.api = "{{+api-key:a}}"
  config.x.pinata.secret = "{{+api-secret:a}}"
  config.x.webhook_secret = "{{-hex64}}"
  config.log_level = :info
end
