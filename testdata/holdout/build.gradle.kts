android {
    namespace = "io.example.mintly"
    defaultConfig {
        applicationId = "io.example.mintly"
        buildConfigField("String", "PINATA_JWT", "\"{{+jwt}}\"")
        buildConfigField("String", "PINATA_GATEWAY_KEY", "\"{{+gateway-token}}\"")
        buildConfigField("String", "GIT_COMMIT", "\"{{-hex20}}{{-hex20}}\"")
    }
}

dependencyVerification {
    // sha256 of okhttp-4.12.0.jar
    verify("com.squareup.okhttp3:okhttp:4.12.0", "{{-hex64}}")
}
