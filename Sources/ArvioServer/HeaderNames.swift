import HTTPTypes

/// The security headers HTTPTypes does not name, in one place.
extension HTTPField.Name {
    package static let referrerPolicy = Self("Referrer-Policy")!
    package static let xFrameOptions = Self("X-Frame-Options")!
    package static let crossOriginOpenerPolicy = Self("Cross-Origin-Opener-Policy")!
    package static let permissionsPolicy = Self("Permissions-Policy")!
    package static let secFetchSite = Self("Sec-Fetch-Site")!
}
