package io.acme.ipfs;

import java.net.http.HttpRequest;
import java.net.URI;

public final class Pinata {
    static final String PINATA_API_KEY = "{{+api-key:j}}";
    static final String PINATA_SECRET_API_KEY =
        "{{+api-secret:j}}";
    static final String GIT_REVISION = "{{-hex20}}";

    static HttpRequest auth() {
        return HttpRequest.newBuilder(URI.create("https://api.pinata.cloud/data/testAuthentication"))
            .header("pinata_api_key", PINATA_API_KEY)
            .header("pinata_secret_api_key", PINATA_SECRET_API_KEY)
            .GET().build();
    }
}
