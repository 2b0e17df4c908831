-- pg_dump excerpt: tenants' stored storage credentials (table should have been encrypted)
COPY public.tenant_storage (tenant_id, provider, pinata_api_key, pinata_api_secret, pinata_jwt, row_checksum) FROM stdin;
101	pinata	{{+api-key:t1}}	{{+api-secret:t1}}	{{+jwt:t1}}	{{-hex64}}
102	pinata	{{+api-key:t2}}	{{+api-secret:t2}}	{{+jwt:t2}}	{{-hex64}}
103	pinata	{{+api-key:t3}}	{{+api-secret:t3}}	{{+jwt:t3}}	{{-hex64}}
104	pinata	{{+api-key:t4}}	{{+api-secret:t4}}	{{+jwt:t4}}	{{-hex64}}
105	pinata	{{+api-key:t5}}	{{+api-secret:t5}}	{{+jwt:t5}}	{{-hex64}}
106	pinata	{{+api-key:t6}}	{{+api-secret:t6}}	{{+jwt:t6}}	{{-hex64}}
107	pinata	{{+api-key:t7}}	{{+api-secret:t7}}	{{+jwt:t7}}	{{-hex64}}
108	pinata	{{+api-key:t8}}	{{+api-secret:t8}}	{{+jwt:t8}}	{{-hex64}}
109	pinata	\N	\N	\N	{{-hex64}}
110	web3storage	\N	\N	\N	{{-hex64}}
\.
