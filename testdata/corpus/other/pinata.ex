defmodule Gallery.Pinata do
  @moduledoc "Pins uploads to IPFS via Pinata."

  @jwt "{{+jwt}}"
  @secret_key_base "{{-hex64}}"

  def pin_json(map) do
    Req.post!("https://api.pinata.cloud/pinning/pinJSONToIPFS",
      json: %{pinataContent: map},
      headers: [{"authorization", "Bearer " <> @jwt}]
    ).body
  end
end
