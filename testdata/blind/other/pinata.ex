defmodule Drop.Pinata do
  @api_key "{{+api-key:e}}"
  @api_secret "{{+api-secret:e}}"

  def headers do
    [
      {"pinata_api_key", @api_key},
      {"pinata_secret_api_key", @api_secret}
    ]
  end
end
