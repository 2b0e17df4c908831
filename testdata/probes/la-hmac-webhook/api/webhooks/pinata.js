import crypto from "node:crypto";

// Our own signing secret for callbacks from the upload worker.
const WEBHOOK_SECRET = "{{-hex64}}";

export default function handler(req, res) {
  const sig = crypto.createHmac("sha256", WEBHOOK_SECRET).update(req.body).digest("hex");
  if (sig !== req.headers["x-signature"]) return res.status(401).end();
  // the worker pinned the file to Pinata; record the CID
  res.status(200).json({ ok: true });
}
