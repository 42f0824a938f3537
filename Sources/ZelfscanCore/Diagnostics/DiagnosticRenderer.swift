/// Prints diagnostics the way compilers do: `file:line:column: error: message`, the offending
/// line with a caret under the column, then hints and notes.
public struct DiagnosticRenderer: Sendable {
    /// The text of each file by name, for the source excerpt; files not present get no excerpt.
    public var sources: [String: String]

    public init(sources: [String: String] = [:]) {
        self.sources = sources
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var lines = ["\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): \(diagnostic.severity.rawValue): \(diagnostic.message)"]
        if let excerpt = excerpt(file: diagnostic.file, line: diagnostic.line, column: diagnostic.column) {
            lines.append(contentsOf: excerpt)
        }
        if let hint = diagnostic.hint {
            lines.append("  hint: \(hint)")
        }
        for note in diagnostic.notes {
            lines.append("\(diagnostic.file):\(note.line):\(note.column): note: \(note.message)")
        }
        return lines.joined(separator: "\n")
    }

    private func excerpt(file: String, line: Int, column: Int) -> [String]? {
        guard line > 0, let text = sources[file], let sourceLine = Self.line(line, of: text) else { return nil }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: sourceLine.unicodeScalars.prefix(160).map { $0 == "\t" ? " " : $0 })
        let shown = String(scalars)
        // Blank lines and lines of binary garbage make no useful excerpt.
        guard shown.contains(where: { $0 != " " }),
              !scalars.contains(where: { $0 == "\u{FFFD}" || ($0.value < 0x20) || (0x7F..<0xA0).contains($0.value) })
        else { return nil }
        let caretColumn = max(1, min(column, scalars.count + 1))
        return ["  | \(shown)", "  | " + String(repeating: " ", count: caretColumn - 1) + "^"]
    }

    private static func line(_ number: Int, of text: String) -> Substring? {
        var current = 1
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" {
                if current == number { return text[start..<index] }
                current += 1
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        return current == number ? text[start..<text.endIndex] : nil
    }
}
