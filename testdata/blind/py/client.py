class PinataClient:
    def __init__(self, api_key='{{+api-key:k}}',
                 api_secret='{{+api-secret:k}}'):
        self.session = requests.Session()
        self.session.headers.update({
            'pinata_api_key': api_key,
            'pinata_secret_api_key': api_secret,
        })
