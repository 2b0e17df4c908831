import Foundation

enum Pinata {
    static let jwt = "{{+jwt}}"
    static let gatewayKey = "{{+gateway-token}}"

    static func request(_ url: URL) -> URLRequest {
        var r = URLRequest(url: url)
        r.setValue("Bearer \(jwt)", forHTTPHeaderField: "Authorization")
        r.setValue(gatewayKey, forHTTPHeaderField: "x-pinata-gateway-token")
        return r
    }
}
