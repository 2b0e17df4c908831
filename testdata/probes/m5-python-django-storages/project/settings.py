STORAGES = {
    "default": {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {"bucket_name": "media-prod"},
    },
    "ipfs": {
        "BACKEND": "nftstore.storage.PinataStorage",
        "OPTIONS": {
            "cid_version": 1,
            "timeout": 60,
            "gateway": "https://ipfs.example.org",
            "key": "{{+api-key:a}}",
            "secret": "{{+api-secret:a}}",
        },
    },
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage",
    },
}
