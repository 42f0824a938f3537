import YAML

/// Collects every problem of one run, so a file is reported whole rather than one error at a time.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []
    public let file: String

    public init(file: String) {
        self.file = file
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public mutating func error(_ text: Phrase, at mark: Mark, hint: Phrase? = nil, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(file: file, mark: mark, text, hint: hint, notes: notes))
    }

    public mutating func warning(_ text: Phrase, at mark: Mark, hint: Phrase? = nil) {
        diagnostics.append(Diagnostic(file: file, mark: mark, severity: .warning, text, hint: hint))
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }
}
