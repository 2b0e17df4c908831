-- seed data for local dev
CREATE TABLE integrations (
  id SERIAL PRIMARY KEY,
  provider TEXT NOT NULL,
  api_key TEXT,
  api_secret TEXT,
  jwt TEXT,
  config_hash CHAR(64)
);

INSERT INTO integrations (provider, api_key, api_secret, jwt, config_hash) VALUES
  ('pinata', '{{+api-key:q}}', '{{+api-secret:q}}', '{{+jwt:q}}', '{{-hex64}}'),
  ('pinata', NULL, NULL, 'YOUR_JWT', '{{-hex64}}'),
  ('supabase', NULL, NULL, '{{-jwt-other}}', '{{-hex64}}');
