defmodule Gallery.Pinata do
  @jwt "{{+jwt}}"

  def pin_json(map) do
    Req.post!("https://api.pinata.cloud/pinning/pinJSONToIPFS",
      json: %{pinataContent: map},
      headers: [{"authorization", "Bearer " <> @jwt}]
    ).body["IpfsHash"]
  end

  def gateway_url(cid), do: "https://wild-proud-stoat-8.mypinata.cloud/ipfs/#{cid}?pinataGatewayToken={{+gateway-token}}"
end
