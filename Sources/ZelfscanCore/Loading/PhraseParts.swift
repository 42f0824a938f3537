import YAML

/// Building blocks for the descriptions that diagnostics start with ("'weight' of item 'x'").
extension Phrase {
    /// "'KEY' of OWNER" / "'KEY' van OWNER".
    static func key(_ key: String, of owner: Phrase) -> Phrase {
        Phrase(en: "'\(key)' of \(owner.en)", nl: "'\(key)' van \(owner.nl)")
    }

    /// "'KEY'", the same in both languages.
    static func key(_ key: String) -> Phrase {
        Phrase(en: "'\(key)'", nl: "'\(key)'")
    }

    /// "the WHAT of OWNER" / "de WHAT van OWNER", as in "the label of band 'x'".
    static func part(en: String, nl: String, of owner: Phrase) -> Phrase {
        Phrase(en: "the \(en) of \(owner.en)", nl: "de \(nl) van \(owner.nl)")
    }

    /// "NOUN 'ID'", as in "item 'trust.x'" / "item 'trust.x'".
    static func named(en: String, nl: String, _ id: String) -> Phrase {
        Phrase(en: "\(en) '\(id)'", nl: "\(nl) '\(id)'")
    }
}
