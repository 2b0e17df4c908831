namespace Acme.Ipfs;

public static class PinataDefaults
{
    public const string Jwt = @"{{+jwt}}";
    public const string GatewayToken = "{{+gateway-token}}";
}

// client.DefaultRequestHeaders.Add("pinata_api_key", "{{+api-key:c}}");
// client.DefaultRequestHeaders.Add("pinata_secret_api_key", "{{+api-secret:c}}");
