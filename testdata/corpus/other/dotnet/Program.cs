using System.Net.Http.Headers;

var http = new HttpClient();
http.DefaultRequestHeaders.Add("pinata_api_key", "{{+api-key:n}}");
http.DefaultRequestHeaders.Add("pinata_secret_api_key", "{{+api-secret:n}}");

var bearer = new HttpClient();
bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "{{+jwt:n}}");

var res = await http.GetAsync("https://api.pinata.cloud/data/testAuthentication");
Console.WriteLine(await res.Content.ReadAsStringAsync());
