/// The languages the tool speaks. Dutch is the users' language and the default; English serves
/// reviewers and researchers. Adding one is a compile error at every text that lacks it.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case nl, en

    /// The one defaulting rule for a code from a file or an option: "en" is English, anything
    /// else Dutch, so an unexpected value never leaves a message without words.
    public init(code: String) {
        self = code == Language.en.rawValue ? .en : .nl
    }

    /// The language the locale asks for (LC_ALL, then LC_MESSAGES, then LANG, as gettext reads
    /// them): English when the first one set starts with "en", Dutch otherwise.
    public init(environment: [String: String]) {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            self = value.hasPrefix("en") ? .en : .nl
            return
        }
        self = .nl
    }

    /// "62,5" in Dutch, "62.5" in English.
    public var decimalSeparator: String {
        switch self {
        case .nl: ","
        case .en: "."
        }
    }

    /// `number` as written by Swift ("19.1") with this language's decimal sign.
    public func decimal(_ number: String) -> String {
        self == .nl ? number.split(separator: ".", omittingEmptySubsequences: false).joined(separator: decimalSeparator) : number
    }
}
