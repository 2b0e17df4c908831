package com.example.storage;

import java.net.http.HttpRequest;
import java.net.URI;

public final class PinataHandler {
    // Pinata API key + secret (dashboard: key name "android-release")
    private static final String KEY = "{{+api-key:jh}}", SECRET = "{{+api-secret:jh}}";

    static HttpRequest.Builder base(String path) {
        return HttpRequest.newBuilder(URI.create("https://api.pinata.cloud" + path))
            .header("pinata_api_key", KEY)
            .header("pinata_secret_api_key", SECRET);
    }

    /** SHA-256 pin of api.pinata.cloud's certificate public key, for cert pinning. */
    static final String SPKI_SHA256_HEX = "{{-hex64}}";
}
