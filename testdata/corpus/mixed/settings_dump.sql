-- PostgreSQL database dump
CREATE TABLE public.integrations (id serial PRIMARY KEY, provider text, name text, value text, sha256 text);

INSERT INTO public.integrations (provider, name, value, sha256) VALUES ('pinata', 'api_key', '{{+api-key:q}}', '{{-hex64}}');
INSERT INTO public.integrations (provider, name, value, sha256) VALUES ('pinata', 'api_secret', '{{+api-secret:q}}', '{{-hex64}}');
INSERT INTO public.integrations (provider, name, value, sha256) VALUES ('pinata', 'jwt', '{{+jwt:q}}', '{{-hex64}}');
INSERT INTO public.integrations (provider, name, value, sha256) VALUES ('ethereum', 'relayer_key', '{{-hex64}}', '{{-hex64}}');
INSERT INTO public.integrations (provider, name, value, sha256) VALUES ('sentry', 'release', '{{-hex20}}', '{{-hex64}}');
