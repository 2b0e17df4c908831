plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "org.example.gallery"
    defaultConfig {
        applicationId = "org.example.gallery"
        minSdk = 26
        buildConfigField("String", "PINATA_JWT", "\"{{+jwt}}\"")
        buildConfigField("String", "PINATA_GATEWAY", "\"lavender-gentle-primate-223.mypinata.cloud\"")
        buildConfigField("String", "PINATA_GATEWAY_KEY", "\"{{+gateway-token}}\"")
        buildConfigField("String", "GIT_SHA", "\"f4948ca4c95a0306730f574e30a221a10aa1b370\"")
    }
}
