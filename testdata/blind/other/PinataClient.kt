package com.example.nft

import okhttp3.OkHttpClient
import okhttp3.Request

object PinataClient {
    private const val JWT = "{{+jwt}}"
    private val client = OkHttpClient()

    fun testAuth(): Int {
        val req = Request.Builder()
            .url("https://api.pinata.cloud/data/testAuthentication")
            .addHeader("Authorization", "Bearer $JWT")
            .build()
        return client.newCall(req).execute().code
    }

    fun legacy(): Request = Request.Builder()
        .url("https://api.pinata.cloud/data/pinList")
        .header("pinata_api_key", "{{+api-key:k}}")
        .header("pinata_secret_api_key", "{{+api-secret:k}}")
        .build()
}
