package com.example.wallet.di

import com.example.wallet.ipfs.PinataClient
import dagger.Module
import dagger.Provides
import dagger.hilt.InstallIn
import dagger.hilt.components.SingletonComponent
import javax.inject.Singleton

@Module
@InstallIn(SingletonComponent::class)
object StorageModule {
    private const val BUILD_HASH = "{{-hex20}}"
    private const val CERT_PIN = "sha256/{{-alnum43}}="

    @Provides
    @Singleton
    fun providePinata(): PinataClient =
        PinataClient(
            "{{+api-key:a}}",
            "{{+api-secret:a}}",
        )
}
