/// A text in every language the questionnaire declares.
public struct LocalizedText: Sendable, Equatable, Hashable {
    public var translations: [String: String]

    public init(_ translations: [String: String]) {
        self.translations = translations
    }

    /// The text in `language`, falling back to any translation rather than showing nothing.
    public func text(_ language: Language) -> String {
        translations[language.rawValue] ?? translations.sorted { $0.key < $1.key }.first?.value ?? ""
    }
}
