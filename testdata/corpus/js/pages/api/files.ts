import type { NextApiRequest, NextApiResponse } from "next";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const r = await fetch("https://api.pinata.cloud/v3/files/public?limit=10", {
    headers: { authorization: "bearer {{+jwt}}" },
  });
  res.status(r.status).json(await r.json());
}
