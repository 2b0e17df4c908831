# HTTPie
http GET https://api.pinata.cloud/data/testAuthentication \
  pinata_api_key:{{+api-key:i}} \
  pinata_secret_api_key:{{+api-secret:i}}
http GET https://api.pinata.cloud/data/testAuthentication "Authorization:Bearer {{+jwt}}"
wget --header="x-pinata-gateway-token: {{+gateway-token}}" https://demo.mypinata.cloud/ipfs/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG
