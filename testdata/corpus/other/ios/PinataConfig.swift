import Foundation

enum PinataConfig {
    static let apiKey = "{{+api-key:i}}"
    static let apiSecret = "{{+api-secret:i}}"
    static let gateway = URL(string: "https://lavender-gentle-primate-223.mypinata.cloud")!

    static func authorize(_ req: inout URLRequest) {
        req.setValue(apiKey, forHTTPHeaderField: "pinata_api_key")
        req.setValue(apiSecret, forHTTPHeaderField: "pinata_secret_api_key")
    }
}
