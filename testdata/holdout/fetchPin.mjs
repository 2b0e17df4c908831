const JWT = `Bearer {{+jwt}}`;

export async function pinJSON(body) {
  const r = await fetch("https://api.pinata.cloud/pinning/pinJSONToIPFS", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: JWT },
    body: JSON.stringify({ pinataContent: body, pinataMetadata: { name: "meta.json" } }),
  });
  return r.json();
}

// Supabase client for the user table (anon key is public by design)
export const SUPABASE_ANON = "{{-jwt-other}}";
