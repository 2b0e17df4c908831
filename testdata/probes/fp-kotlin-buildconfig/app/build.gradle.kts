android {
    defaultConfig {
        buildConfigField("String", "PINATA_GATEWAY", "\"lavender-gentle-primate-223.mypinata.cloud\"")
        buildConfigField("String", "PUSHER_KEY", "\"{{-hex20}}\"")
        buildConfigField("String", "PUSHER_SECRET", "\"{{-hex20}}\"")
    }
}
