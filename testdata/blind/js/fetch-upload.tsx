"use client";
import { useState } from "react";

const JWT = `Bearer {{+jwt}}`;

export default function Upload() {
  const [cid, setCid] = useState("");
  async function onChange(e: React.ChangeEvent<HTMLInputElement>) {
    const form = new FormData();
    form.append("file", e.target.files![0]);
    const res = await fetch("https://api.pinata.cloud/pinning/pinFileToIPFS", {
      method: "POST",
      headers: { Authorization: JWT },
      body: form,
    });
    const { IpfsHash } = await res.json();
    setCid(IpfsHash);
  }
  return (
    <div>
      <input type="file" onChange={onChange} />
      {cid && <img src={`https://lavender-gentle-primate-223.mypinata.cloud/ipfs/${cid}?pinataGatewayToken={{+gateway-token}}`} />}
    </div>
  );
}
