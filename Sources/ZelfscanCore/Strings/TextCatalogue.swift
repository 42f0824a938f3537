/// Texts in Dutch and English under keys: the one shape of every catalogue of the tool's words.
/// The entries are an exhaustive `switch`, so a key without words does not compile.
public struct TextCatalogue<Key: Sendable>: Sendable {
    private let entry: @Sendable (Key) -> (nl: String, en: String)

    public init(_ entry: @escaping @Sendable (Key) -> (nl: String, en: String)) {
        self.entry = entry
    }

    public func text(_ key: Key, language: Language) -> String {
        let words = entry(key)
        switch language {
        case .nl: return words.nl
        case .en: return words.en
        }
    }
}
