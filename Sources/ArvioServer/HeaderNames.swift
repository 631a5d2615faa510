import HTTPTypes

/// The headers HTTPTypes does not name, in one place.
extension HTTPField.Name {
    package static let referrerPolicy = Self("Referrer-Policy")!
    package static let xFrameOptions = Self("X-Frame-Options")!
    package static let crossOriginOpenerPolicy = Self("Cross-Origin-Opener-Policy")!
    package static let permissionsPolicy = Self("Permissions-Policy")!
    package static let secFetchSite = Self("Sec-Fetch-Site")!
    /// The session's CSRF token on a write to the JSON API (forms carry it as a field).
    package static let csrfToken = Self("X-CSRF-Token")!
}
