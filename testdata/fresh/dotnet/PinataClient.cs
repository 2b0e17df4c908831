using System.Net.Http;
using System.Net.Http.Headers;

namespace Acme.Ipfs;

public sealed class PinataClient
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.pinata.cloud/") };

    public PinataClient()
    {
        _http.DefaultRequestHeaders.Add("pinata_api_key", "{{+api-key:cs}}");
        _http.DefaultRequestHeaders.Add("pinata_secret_api_key", "{{+api-secret:cs}}");
    }

    public Task<string> TestAsync() => _http.GetStringAsync("data/testAuthentication");
}

public static class Gateway
{
    public static HttpRequestMessage Get(string cid)
    {
        var m = new HttpRequestMessage(HttpMethod.Get, $"https://snow-happy-moose-7.mypinata.cloud/ipfs/{cid}");
        m.Headers.Add("x-pinata-gateway-token", "{{+gateway-token}}");
        m.Headers.Add("X-Idempotency-Key", "{{-token64}}");
        return m;
    }
}
