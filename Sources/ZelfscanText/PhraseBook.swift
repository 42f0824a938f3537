/// A catalogue of the tool's words bound to one language (the report's, a command's, the
/// session's). It has one way to write a text: a `Phrase`, English and Dutch side by side and
/// labelled, so neither can be left out or swapped without the compiler noticing.
public protocol PhraseBook {
    var language: Language { get }
}

extension PhraseBook {
    /// The phrase in the catalogue's language.
    public func say(_ phrase: Phrase) -> String { phrase.text(language) }

    /// A phrase written where it is said.
    public func say(en: String, nl: String) -> String { Phrase(en: en, nl: nl).text(language) }
}
