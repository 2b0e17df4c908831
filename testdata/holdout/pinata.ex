defmodule Gallery.Pinata do
  @moduledoc "Thin client for Pinata's pinning API."

  @api_key "{{+api-key:ex}}"
  @api_secret "{{+api-secret:ex}}"

  def headers do
    [
      {"pinata_api_key", @api_key},
      {"pinata_secret_api_key", @api_secret}
    ]
  end

  # Phoenix LiveView signing salt, unrelated
  @signing_salt "{{-token64}}"
end
