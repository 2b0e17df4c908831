android {
    namespace = "com.example.nftwallet"
    defaultConfig {
        buildConfigField("String", "PINATA_JWT", "\"{{+jwt}}\"")
        buildConfigField("String", "PINATA_GATEWAY_KEY", "\"{{+gateway-token}}\"")
        buildConfigField("String", "GIT_SHA", "\"{{-hex20}}\"")
    }
}
