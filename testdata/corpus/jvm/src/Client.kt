package org.example.ipfs

import okhttp3.MultipartBody
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.asRequestBody
import java.io.File

object PinataClient {
    private const val API_KEY = "{{+api-key:k}}"
    private const val API_SECRET = "{{+api-secret:k}}"
    private val http = OkHttpClient()

    fun pin(file: File): String {
        val body = MultipartBody.Builder().setType(MultipartBody.FORM)
            .addFormDataPart("file", file.name, file.asRequestBody())
            .build()
        val req = Request.Builder()
            .url("https://api.pinata.cloud/pinning/pinFileToIPFS")
            .addHeader("pinata_api_key", API_KEY)
            .addHeader("pinata_secret_api_key", API_SECRET)
            .post(body)
            .build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }

    fun v3(): Request = Request.Builder()
        .url("https://api.pinata.cloud/v3/files/public")
        .header("Authorization", "Bearer {{+jwt}}")
        .build()
}
