import http from "node:http";

const upstream = "https://lavender-gentle-primate-223.mypinata.cloud";

http.createServer(async (req, res) => {
  const r = await fetch(upstream + req.url, {
    headers: { "x-pinata-gateway-token": "{{+gateway-token}}" },
  });
  res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "application/octet-stream",
    etag: '"{{-hex64}}"', "x-request-id": "{{-hex20}}" });
  res.end(Buffer.from(await r.arrayBuffer()));
}).listen(8787);
