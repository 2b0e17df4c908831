package com.example.nft;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class PinataService {
    private static final String PINATA_JWT = "{{+jwt}}";
    private static final String BUILD_SHA = "5798d619b09a92530c2f0b01cee0c61bc7c0a4b6";
    private static final String METADATA_CID = "bafybeiofqcahdrbn7u5r3kujpuzcnk4m22f7vqoyajtqkhdwlwd2abqj24";

    public String testAuth() throws Exception {
        HttpRequest req = HttpRequest.newBuilder()
            .uri(URI.create("https://api.pinata.cloud/data/testAuthentication"))
            .header("Authorization", "Bearer " + PINATA_JWT)
            .GET()
            .build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
