package com.example.nft.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class PinataConfig {

    private static final String PINATA_JWT =
        "{{+jwt}}";

    /** Keccak-256 of the contract bytecode we expect on chain. */
    private static final String EXPECTED_CODE_HASH =
        "{{-hex64}}";

    @Bean
    public WebClient pinataClient() {
        return WebClient.builder()
            .baseUrl("https://api.pinata.cloud")
            .defaultHeader("Authorization", "Bearer " + PINATA_JWT)
            .build();
    }
}
