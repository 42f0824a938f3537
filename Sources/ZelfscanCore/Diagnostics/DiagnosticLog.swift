import YAML

/// Collects every problem of one run, so a file is reported whole rather than one error at a time.
///
/// At most `limit` problems are kept per file, and the rest only counted: a hostile file with
/// 300,000 unknown keys would otherwise cost minutes to describe and flood the screen. The
/// texts are built only for problems that are kept.
public struct DiagnosticLog: Sendable {
    /// Problems kept per file; enough to fix a file from top to bottom.
    public static let standardLimit = 20

    private var kept: [Diagnostic] = []
    public let file: String
    public let limit: Int
    /// Problems found beyond `limit`, and where the first of them is.
    public private(set) var leftOut = 0
    private var leftOutErrors = false
    private var firstLeftOut = Mark(line: 1, column: 1)

    public init(file: String, limit: Int = DiagnosticLog.standardLimit) {
        self.file = file
        self.limit = limit
    }

    /// The kept problems, then one line saying how many more were left out.
    public var diagnostics: [Diagnostic] {
        guard leftOut > 0 else { return kept }
        let summary = Phrase(en: "\(leftOut) more problem(s) in this file not shown", nl: "nog \(leftOut) probleem/problemen in dit bestand niet getoond")
        return kept + [Diagnostic(file: file, mark: firstLeftOut, severity: leftOutErrors ? .error : .warning, summary,
                                  hint: Phrase(en: "fix the ones above and check the file again", nl: "verbeter de bovenstaande en controleer het bestand opnieuw"))]
    }

    public var hasErrors: Bool { leftOutErrors || kept.contains { $0.severity == .error } }

    public mutating func error(_ text: @autoclosure () -> Phrase, at mark: Mark, hint: @autoclosure () -> Phrase? = nil,
                               notes: @autoclosure () -> [Diagnostic.Note] = []) {
        guard keep(mark, severity: .error) else { return }
        kept.append(Diagnostic(file: file, mark: mark, text(), hint: hint(), notes: notes()))
    }

    public mutating func warning(_ text: @autoclosure () -> Phrase, at mark: Mark, hint: @autoclosure () -> Phrase? = nil) {
        guard keep(mark, severity: .warning) else { return }
        kept.append(Diagnostic(file: file, mark: mark, severity: .warning, text(), hint: hint()))
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        guard keep(diagnostic.mark, severity: diagnostic.severity) else { return }
        kept.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        for diagnostic in other { append(diagnostic) }
    }

    /// Whether there is room for one more; otherwise it is counted.
    private mutating func keep(_ mark: Mark, severity: Diagnostic.Severity) -> Bool {
        if kept.count < limit { return true }
        if leftOut == 0 { firstLeftOut = mark }
        leftOut += 1
        if severity == .error { leftOutErrors = true }
        return false
    }
}
