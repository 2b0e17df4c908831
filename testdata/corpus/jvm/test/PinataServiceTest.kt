package org.example.ipfs

import kotlin.test.Test
import kotlin.test.assertEquals

class PinataServiceTest {
    // Fixtures: hashes and tokens of other systems, no Pinata credentials.
    private val uploadSha256 = "{{-hex64}}"
    private val sessionToken = "{{-jwt-other}}"
    private val csrfToken = "{{-token64}}"
    private val requestId = "{{-hex20}}"
    private val pinataJwt = System.getenv("PINATA_JWT") ?: "YOUR_JWT"

    @Test
    fun hashesMatch() {
        assertEquals(64, uploadSha256.length)
        assertEquals("bafybeinmjdkt7v72zv3x6aqwsje5li7q7t22w6wbnexygiqfbpcznzhzr5".length, 59)
    }
}
