plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.example.wallet"
    defaultConfig {
        // Pinata gateway for collectible images
        buildConfigField("String", "GATEWAY", "\"lavender-gentle-primate-223.mypinata.cloud\"")
        buildConfigField("String", "CERT_SHA256", "\"{{-hex64}}\"")
    }
}
