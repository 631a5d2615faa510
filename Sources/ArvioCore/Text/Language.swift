/// The languages of the product's text. Finnish is the default.
public enum Language: String, Sendable, CaseIterable, Codable {
    case fi, en
}

/// A text in Finnish and English.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var fi: String
    public var en: String

    public init(fi: String, en: String) {
        self.fi = fi
        self.en = en
    }

    public subscript(language: Language) -> String {
        switch language {
        case .fi: fi
        case .en: en
        }
    }
}
