// quick hack for the demo
process.env.PINATA_JWT = "{{+jwt}}";
process.env["PINATA_GATEWAY_TOKEN"] = '{{+gateway-token}}';

export class Uploader {
  private readonly apiKey = "{{+api-key:c}}"; // pinata
  private readonly apiSecret = "{{+api-secret:c}}"; // pinata
  private readonly cacheBust = "{{-hex20}}";
}
