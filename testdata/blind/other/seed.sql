INSERT INTO app_settings (name, value) VALUES
  ('pinata_api_key', '{{+api-key:s}}'),
  ('pinata_secret_api_key', '{{+api-secret:s}}'),
  ('pinata_gateway_token', '{{+gateway-token}}'),
  ('stripe_webhook_secret', '{{-token64}}'),
  ('release_sha', '{{-hex20}}');
