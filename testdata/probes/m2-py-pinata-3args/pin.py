from pinata import Pinata

pinata = Pinata("{{+api-key:a}}", "{{+api-secret:a}}", "{{+jwt:a}}")

response = pinata.pin_file("art/0001.png")
print(response)
