/// What a questionnaire calls the group that evaluates itself ("de cel", "het partnerschap"),
/// so the tool's sentences say the group's own word. Dutch needs the article ("de"/"het") for
/// "de cel"; "uw" and the plural take no article. Without one the tool says the neutral "groep".
public struct GroupNoun: Sendable, Equatable, Hashable {
    public enum Article: String, Sendable, Hashable, CaseIterable {
        case de, het
    }

    /// One language's forms.
    public struct Forms: Sendable, Equatable, Hashable {
        public var singular: String
        public var plural: String

        public init(singular: String, plural: String) {
            self.singular = singular
            self.plural = plural
        }
    }

    public var nl: Forms
    public var en: Forms
    /// The Dutch definite article of the singular.
    public var article: Article

    public init(nl: Forms, en: Forms, article: Article) {
        self.nl = nl
        self.en = en
        self.article = article
    }

    /// The tool's own word when the questionnaire names none.
    public static let neutral = GroupNoun(nl: Forms(singular: "groep", plural: "groepen"), en: Forms(singular: "group", plural: "groups"), article: .de)

    public func forms(_ language: Language) -> Forms {
        switch language {
        case .nl: nl
        case .en: en
        }
    }

    /// "cel" / "cell".
    public func singular(_ language: Language) -> String { forms(language).singular }

    /// "cellen" / "cells".
    public func plural(_ language: Language) -> String { forms(language).plural }

    /// "de cel", "het partnerschap" / "the cell".
    public func definite(_ language: Language) -> String {
        switch language {
        case .nl: "\(article.rawValue) \(nl.singular)"
        case .en: "the \(en.singular)"
        }
    }

    /// "uw cel" / "your cell".
    public func yours(_ language: Language) -> String {
        switch language {
        case .nl: "uw \(nl.singular)"
        case .en: "your \(en.singular)"
        }
    }

    /// A sentence's first letter in upper case: "De cel", "Uw cel".
    public static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
