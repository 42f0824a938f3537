import ZelfscanText
/// Why a YAML text could not be read, and where.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        case empty
        case tooLarge
        case tooDeep
        case invalidUTF8
        case syntax
        case duplicateKey
        case complexKey
        case undefinedAlias
        case recursiveAlias
        case aliasLimit
        case multipleDocuments
    }

    /// A second place the message refers to, such as the first occurrence of a duplicate key.
    public struct Note: Sendable, Equatable {
        public var mark: Mark
        public var text: Phrase

        public init(mark: Mark, _ text: Phrase) {
            self.mark = mark
            self.text = text
        }

        public var message: String { text.en }
    }

    public var kind: Kind
    public var mark: Mark
    public var text: Phrase
    public var hintText: Phrase?
    public var notes: [Note]

    public init(_ kind: Kind, at mark: Mark, _ text: Phrase, hint: Phrase? = nil, notes: [Note] = []) {
        self.kind = kind
        self.mark = mark
        self.text = text
        self.hintText = hint
        self.notes = notes
    }

    /// The message in English.
    public var message: String { text.en }
    /// The hint in English.
    public var hint: String? { hintText?.en }

    public var description: String { "\(mark): \(message)" }

    /// The error for input over the size limit; also used by readers that refuse such a file
    /// before reading it.
    public static func tooLarge(byteCount: Int, limit: Int) -> YAMLError {
        let size = { (language: Language) in YAMLParser.describe(bytes: byteCount, in: language) }
        let maximum = { (language: Language) in YAMLParser.describe(bytes: limit, in: language) }
        return YAMLError(
            .tooLarge, at: Mark(line: 1, column: 1),
            Phrase(en: "the file is \(size(.en)); the limit is \(maximum(.en))",
                   nl: "het bestand is \(size(.nl)) groot; de grens is \(maximum(.nl))"),
            hint: Phrase(en: "a questionnaire or response file is normally a few kilobytes; check that this is the right file",
                         nl: "een vragenlijst of antwoordbestand is gewoonlijk enkele kilobytes groot; controleer of dit het juiste bestand is"))
    }
}
