# source me
export PINATA_JWT={{+jwt:a}}
export PINATA_GATEWAY=lavender-gentle-primate-223.mypinata.cloud

# Binance (read-only, for the price feed)
export API_KEY={{-alnum64}}
export API_SECRET={{-alnum64}}
