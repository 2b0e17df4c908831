package com.acme.ipfs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class PinataClient {
    private static final String API_KEY = "{{+api-key:jv}}";
    private static final String API_SECRET = "{{+api-secret:jv}}";
    private static final String BUILD_SHA = "{{-hex20}}";

    private final HttpClient http = HttpClient.newHttpClient();

    public String testAuth() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.pinata.cloud/data/testAuthentication"))
                .header("pinata_api_key", API_KEY)
                .header("pinata_secret_api_key", API_SECRET)
                .GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
