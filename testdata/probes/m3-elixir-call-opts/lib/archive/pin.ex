defmodule Archive.Pin do
  def run(path) do
    ExPinata.pin_file(path,
      pinata_api: "{{+api-key:a}}",
      pinata_secret: "{{+api-secret:a}}",
      cid_version: 1
    )
  end
end
