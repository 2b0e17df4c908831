using System.Net.Http;
using System.Net.Http.Headers;

namespace Gallery.Storage
{
    public class PinataUploader
    {
        private readonly HttpClient _http = new HttpClient();

        public PinataUploader()
        {
            _http.BaseAddress = new System.Uri("https://api.pinata.cloud/");
            _http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Bearer", "{{+jwt}}");
            _http.DefaultRequestHeaders.Add("x-pinata-gateway-token", "{{+gateway-token}}");
        }

        // SHA-256 of pinata-upload-manifest.json shipped with the installer
        public const string ManifestSha256 = "{{-hex64}}";
    }
}
