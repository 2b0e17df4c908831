import { PinataSDK } from "pinata";

export const pinata = new PinataSDK({
  pinataJwt: "{{+jwt}}",
  pinataGateway: "example-gateway.mypinata.cloud",
  pinataGatewayKey: "{{+gateway-token}}",
});

// checksum of the bundled sample image, used in tests
export const SAMPLE_SHA256 = "{{-hex64}}";
