/// A message in every language the tool speaks, written where it arises so that the person who
/// must act reads it in their own language. Kept in the lowest layer so parser errors can be
/// bilingual too.
public struct Phrase: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var en: String
    public var nl: String

    public init(en: String, nl: String) {
        self.en = en
        self.nl = nl
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }

    public var description: String { en }
}
