require "faraday"

module Ipfs
  class Pinata
    def initialize
      @conn = Faraday.new(url: "https://api.pinata.cloud") do |f|
        f.request :json
        f.headers["Authorization"] = "Bearer {{+jwt}}"
      end
    end

    def pins(status: "pinned")
      @conn.get("/data/pinList", status: status).body
    end
  end
end
