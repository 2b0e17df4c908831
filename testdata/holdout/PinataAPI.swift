import Foundation

enum PinataAPI {
    static let apiKey = "{{+api-key:sw}}"
    static let apiSecret = "{{+api-secret:sw}}"
    static let gatewayToken = "{{+gateway-token}}"

    static func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: URL(string: "https://api.pinata.cloud" + path)!)
        r.setValue(apiKey, forHTTPHeaderField: "pinata_api_key")
        r.setValue(apiSecret, forHTTPHeaderField: "pinata_secret_api_key")
        return r
    }
}

// Keychain item tag hash, not a credential
let kKeychainTagHash = "{{-hex64}}"
