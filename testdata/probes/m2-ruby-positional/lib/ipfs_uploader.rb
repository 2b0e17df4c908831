require "pinata_client"

class IpfsUploader
  def initialize
    @client = PinataClient.new("{{+api-key:a}}", "{{+api-secret:a}}")
  end

  def upload(io, name)
    @client.pin_file_to_ipfs(io, name: name).fetch("IpfsHash")
  end
end
