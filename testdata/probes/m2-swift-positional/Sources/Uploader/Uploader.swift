import Foundation

final class Uploader {
    private let pinnedCertificateHash = "{{-hex64}}"
    private let pinata = PinataClient("{{+api-key:a}}", "{{+api-secret:a}}")

    func upload(_ data: Data, name: String) async throws -> String {
        try await pinata.pinFile(data, name: name)
    }
}
