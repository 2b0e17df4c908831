using System.Threading.Tasks;
using Pinata.Client;

namespace Gallery.Services;

public class PinService
{
    private const string HmacKey = "{{-hex64}}";
    private readonly PinataClient _client = new PinataClient("{{+api-key:a}}", "{{+api-secret:a}}");

    public async Task<string> PinAsync(string path)
    {
        var response = await _client.Pinning.PinFileToIpfsAsync(path);
        return response.IpfsHash;
    }
}
