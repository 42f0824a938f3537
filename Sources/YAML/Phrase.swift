/// A message in Dutch and English. Dutch is the users' language and the default; English serves
/// reviewers and researchers. Kept in the lowest layer so parser errors can be bilingual too.
public struct Phrase: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var en: String
    public var nl: String

    public init(en: String, nl: String) {
        self.en = en
        self.nl = nl
    }

    /// The text in `language`: English for "en", Dutch otherwise.
    public func text(_ language: String) -> String { language == "en" ? en : nl }

    public var description: String { en }
}
