plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "io.acme.wallet"
    compileSdk = 34
    defaultConfig {
        applicationId = "io.acme.wallet"
        minSdk = 26
        targetSdk = 34
        buildConfigField("String", "PINATA_JWT", "\"{{+jwt}}\"")
        buildConfigField("String", "PINATA_GATEWAY_TOKEN", "\"{{+gateway-token}}\"")
        buildConfigField("String", "ALCHEMY_KEY", "\"demo\"")
        buildConfigField("String", "GIT_HASH", "\"{{-hex20}}\"")
    }
}
