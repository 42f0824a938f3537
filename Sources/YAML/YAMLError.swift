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
        public var message: String

        public init(mark: Mark, message: String) {
            self.mark = mark
            self.message = message
        }
    }

    public var kind: Kind
    public var mark: Mark
    public var message: String
    public var hint: String?
    public var notes: [Note]

    public init(_ kind: Kind, at mark: Mark, _ message: String, hint: String? = nil, notes: [Note] = []) {
        self.kind = kind
        self.mark = mark
        self.message = message
        self.hint = hint
        self.notes = notes
    }

    public var description: String { "\(mark): \(message)" }

    /// The error for input over the size limit; also used by readers that refuse such a file
    /// before reading it.
    public static func tooLarge(byteCount: Int, limit: Int) -> YAMLError {
        YAMLError(
            .tooLarge, at: Mark(line: 1, column: 1),
            "the file is \(YAMLParser.describe(bytes: byteCount)); the limit is \(YAMLParser.describe(bytes: limit))",
            hint: "a questionnaire or response file is normally a few kilobytes; check that this is the right file")
    }
}
