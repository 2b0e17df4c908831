# API Key: {{+api-key:1}}
# API Secret: {{+api-secret:1}}
# JWT: {{+jwt:1}}
from pinatapy import PinataPy

pinata = PinataPy("{{+api-key:2}}", "{{+api-secret:2}}")
result = pinata.pin_file_to_ipfs("art/piece-01.png")
print(result["IpfsHash"])  # e.g. QmkwhzYvNgaYe9FTLQ3eTHqaFvNDDmz1dcE1gJ3XkWkG7h
EXPECTED_SHA256 = "{{-hex64}}"
