import Foundation

final class PinataUploader {
    private let session = URLSession.shared

    func testAuthentication() async throws -> Int {
        var request = URLRequest(url: URL(string: "https://api.pinata.cloud/data/testAuthentication")!)
        request.setValue("{{+api-key:sw}}", forHTTPHeaderField: "pinata_api_key")
        request.setValue("{{+api-secret:sw}}", forHTTPHeaderField: "pinata_secret_api_key")
        request.setValue("{{-hex20}}", forHTTPHeaderField: "X-Client-Trace")
        let (_, response) = try await session.data(for: request)
        return (response as! HTTPURLResponse).statusCode
    }
}
