from pinatapy import PinataPy

# credentials for the "archive" key
pinata = PinataPy("{{+api-key:pp}}", "{{+api-secret:pp}}")

resp = pinata.pin_file_to_ipfs("report.pdf")
print(resp["IpfsHash"])
print(pinata.pin_list())
