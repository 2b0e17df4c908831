package com.example.drop;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.pinata.PinataClient;

@Configuration
public class IpfsConfig {

    // signs our own session tokens
    private static final String SIGNING_KEY = "{{-hex64}}";

    @Bean
    public PinataClient pinataClient() {
        return new PinataClient("{{+api-key:a}}", "{{+api-secret:a}}");
    }
}
