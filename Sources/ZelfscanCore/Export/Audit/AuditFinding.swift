import YAML

/// One problem `zelfscan audit` found in an export, located as precisely as it can be (file,
/// and line when it is about a row), with what to do about it.
public struct AuditFinding: Sendable, Equatable {
    public var file: String
    /// 1-based line in the file (the header is line 1); nil for the file as a whole.
    public var line: Int?
    public var message: Phrase
    public var hint: Phrase

    public init(file: String, line: Int? = nil, message: Phrase, hint: Phrase) {
        self.file = file
        self.line = line
        self.message = message
        self.hint = hint
    }
}
