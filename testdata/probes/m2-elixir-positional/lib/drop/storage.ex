defmodule Drop.Storage do
  @moduledoc "Pins artwork for the drop."

  alias Drop.Pinata.Client

  @salt "{{-hex64}}"

  def client do
    Client.new("{{+api-key:a}}", "{{+api-secret:a}}")
  end

  def pin(path), do: Client.pin_file(client(), path)
end
