import axios from "axios";
import FormData from "form-data";

export async function pinFileToIPFS(
  apiKey: string,
  apiSecret: string,
  file: Buffer,
  name: string,
): Promise<string> {
  const form = new FormData();
  form.append("file", file, { filename: name });
  const res = await axios.post("https://api.pinata.cloud/pinning/pinFileToIPFS", form, {
    maxBodyLength: Infinity,
    headers: {
      ...form.getHeaders(),
      pinata_api_key: apiKey,
      pinata_secret_api_key: apiSecret,
    },
  });
  return res.data.IpfsHash;
}
