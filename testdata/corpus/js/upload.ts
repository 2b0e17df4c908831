import { readFile } from "node:fs/promises";

const JWT = "{{+jwt}}";

export async function pinFile(path: string): Promise<string> {
  const blob = new Blob([await readFile(path)]);
  const form = new FormData();
  form.append("file", blob, path.split("/").pop());
  form.append("pinataMetadata", JSON.stringify({ name: "asset" }));

  const res = await fetch("https://api.pinata.cloud/pinning/pinFileToIPFS", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${JWT}`,
    },
    body: form,
  });
  if (!res.ok) throw new Error(`pinata: ${res.status}`);
  const { IpfsHash } = (await res.json()) as { IpfsHash: string };
  return IpfsHash;
}
