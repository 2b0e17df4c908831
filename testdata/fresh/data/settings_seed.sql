-- seed app settings (postgres)
INSERT INTO app_settings (name, value) VALUES
  ('pinata_jwt', '{{+jwt}}'),
  ('pinata_gateway_token', '{{+gateway-token}}'),
  ('session_secret', '{{-hex64}}'),
  ('site_title', 'Gallery');
