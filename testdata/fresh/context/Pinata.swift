import Foundation

enum Pinata {
    static let key = "{{+api-key:ps}}"
    static let secret = "{{+api-secret:ps}}"
    static let jwt = "{{+jwt:ps}}"
}

enum Analytics {
    static let key = "{{-hex20}}"
    static let secret = "{{-hex64}}"
}
