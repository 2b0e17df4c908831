import { useState } from "react";
import axios from "axios";

const key = process.env.REACT_APP_PINATA_API_KEY || "{{+api-key:f}}";
const secret = process.env.REACT_APP_PINATA_SECRET_API_KEY || "{{+api-secret:f}}";

export default function UploadForm() {
  const [cid, setCid] = useState("");
  async function onChange(e) {
    const data = new FormData();
    data.append("file", e.target.files[0]);
    const res = await axios({
      method: "post",
      url: "https://api.pinata.cloud/pinning/pinFileToIPFS",
      data,
      headers: {
        'pinata_api_key': key,
        'pinata_secret_api_key': secret,
        "Content-Type": "multipart/form-data",
      },
    });
    setCid(res.data.IpfsHash);
  }
  return <input type="file" onChange={onChange} data-cid={cid} />;
}
