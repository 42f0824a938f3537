/// Texts in Dutch and English under keys: the one shape of every catalogue of the tool's words.
public struct TextCatalogue<Key: Hashable & Sendable>: Sendable {
    private let entries: [Key: (nl: String, en: String)]

    public init(_ entries: [Key: (nl: String, en: String)]) {
        self.entries = entries
    }

    /// Dutch unless English is asked for: Dutch is the users' language. A missing key is a
    /// programming error that the catalogue tests catch, so it traps rather than shows nothing.
    public func text(_ key: Key, language: String) -> String {
        let entry = entries[key]!
        return InterfaceLanguage.normalised(language) == "en" ? entry.en : entry.nl
    }
}

/// The tool speaks Dutch, and English on request.
public enum InterfaceLanguage {
    /// "en" for English, "nl" for anything else.
    public static func normalised(_ language: String) -> String {
        language == "en" ? "en" : "nl"
    }
}
