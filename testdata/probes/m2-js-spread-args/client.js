import pinataSDK from "@pinata/sdk";

const args = ["{{+api-key:a}}", "{{+api-secret:a}}"];
export const pinata = new pinataSDK(...args);
