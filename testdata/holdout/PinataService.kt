package io.example.gallery.ipfs

import okhttp3.OkHttpClient
import okhttp3.Request

object PinataService {
    private const val API_KEY = "{{+api-key:kt}}"
    private const val API_SECRET = "{{+api-secret:kt}}"
    private val client = OkHttpClient()

    fun testAuth(): Int {
        val req = Request.Builder()
            .url("https://api.pinata.cloud/data/testAuthentication")
            .addHeader("pinata_api_key", API_KEY)
            .addHeader("pinata_secret_api_key", API_SECRET)
            .build()
        client.newCall(req).execute().use { return it.code }
    }

    // Firebase App Check debug token, not Pinata
    const val APP_CHECK_DEBUG = "{{-token64}}"
}
