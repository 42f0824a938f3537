/// Prints diagnostics the way compilers do: `file:line:column: error: message`, the offending
/// line with a caret under the column, then hints and notes; in Dutch (`fout:`) or English.
public struct DiagnosticRenderer: Sendable {
    /// The text of each file by name, for the source excerpt; files not present get no excerpt.
    public let sources: [String: String]
    public var language: Language
    /// Where each line of each source starts, found in one pass, so locating many problems in
    /// one large file stays linear.
    private let lineStarts: [String: [String.UnicodeScalarView.Index]]

    public init(sources: [String: String] = [:], language: Language) {
        self.sources = sources
        self.language = language
        self.lineStarts = sources.mapValues(Self.lineStarts)
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        let ui = UIText(language: language)
        let severity = diagnostic.severity == .error ? ui[.error] : ui[.warning]
        // Paths and messages quote files, which may hold terminal commands: shown as codes.
        let file = ControlCharacters.printable(diagnostic.file)
        var lines = ["\(file):\(diagnostic.line):\(diagnostic.column): \(severity): \(ControlCharacters.printable(diagnostic.text.text(language)))"]
        if let excerpt = excerpt(file: diagnostic.file, line: diagnostic.line, column: diagnostic.column) {
            lines.append(contentsOf: excerpt)
        }
        if let hint = diagnostic.hintText {
            lines.append("  \(ui[.hint]): \(ControlCharacters.printable(hint.text(language)))")
        }
        for note in diagnostic.notes {
            lines.append("\(file):\(note.line):\(note.column): \(ui[.note]): \(ControlCharacters.printable(note.text.text(language)))")
        }
        return lines.joined(separator: "\n")
    }

    private func excerpt(file: String, line: Int, column: Int) -> [String]? {
        guard line > 0, let text = sources[file], var sourceLine = self.line(line, of: file, text) else { return nil }
        if sourceLine.last == "\r" { sourceLine = sourceLine.dropLast() }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: sourceLine.prefix(160).map { $0 == "\t" ? " " : $0 })
        let shown = String(scalars)
        // Blank lines and lines of binary garbage make no useful excerpt.
        guard shown.contains(where: { $0 != " " }),
              !scalars.contains(where: { $0 == "\u{FFFD}" || $0.value < 0x20 || ControlCharacters.isRefused($0) })
        else { return nil }
        let caretColumn = max(1, min(column, scalars.count + 1))
        return ["  | \(shown)", "  | " + String(repeating: " ", count: caretColumn - 1) + "^"]
    }

    /// Line `number` of `text`, split on "\n" scalars: as Characters, "\r\n" is one cluster and
    /// would never equal "\n".
    private func line(_ number: Int, of file: String, _ text: String) -> Substring.UnicodeScalarView? {
        guard let starts = lineStarts[file], number >= 1, number <= starts.count else { return nil }
        let scalars = text.unicodeScalars
        let start = starts[number - 1]
        let end = number < starts.count ? scalars.index(before: starts[number]) : scalars.endIndex
        return scalars[start..<end]
    }

    private static func lineStarts(_ text: String) -> [String.UnicodeScalarView.Index] {
        let scalars = text.unicodeScalars
        var starts = [scalars.startIndex]
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            if scalars[index] == "\n" { starts.append(next) }
            index = next
        }
        return starts
    }
}
