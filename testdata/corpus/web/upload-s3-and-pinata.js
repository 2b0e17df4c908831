// mirror to S3 then pin to Pinata
const presigned =
  "https://bucket.s3.eu-west-1.amazonaws.com/uploads/pinata-batch-7.tar?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260314%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20260314T100000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature={{-hex64}}";
const contentSha256 = "{{-hex64}}";
const oauthState = "{{-token64}}";

const headers = new Headers();
headers.append("pinata_api_key", "{{+api-key:w}}");
headers.append("pinata_secret_api_key", "{{+api-secret:w}}");
headers.set("x-amz-content-sha256", contentSha256);

export { presigned, headers, oauthState };
