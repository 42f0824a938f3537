import YAML

/// One problem found in a file, located so the person fixing it can go straight there.
public struct Diagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
    }

    /// A second place that explains the first, such as where a duplicate id was first used.
    public struct Note: Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var text: Phrase

        public init(line: Int, column: Int, _ text: Phrase) {
            self.line = line
            self.column = column
            self.text = text
        }

        public var mark: Mark { Mark(line: line, column: column) }
        public var message: String { text.en }
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var text: Phrase
    public var hintText: Phrase?
    public var notes: [Note]

    public init(file: String, mark: Mark, severity: Severity = .error, _ text: Phrase, hint: Phrase? = nil, notes: [Note] = []) {
        self.file = file
        self.line = mark.line
        self.column = mark.column
        self.severity = severity
        self.text = text
        self.hintText = hint
        self.notes = notes
    }

    public var mark: Mark { Mark(line: line, column: column) }
    /// The message in English.
    public var message: String { text.en }
    /// The hint in English.
    public var hint: String? { hintText?.en }
}

extension Diagnostic {
    /// The diagnostic for a file libyaml could not read.
    public init(file: String, yamlError: YAMLError) {
        self.init(
            file: file, mark: yamlError.mark, yamlError.text, hint: yamlError.hintText,
            notes: yamlError.notes.map { Note(line: $0.mark.line, column: $0.mark.column, $0.text) })
    }
}

extension Array where Element == Diagnostic {
    /// In reading order within each file, files kept in the order they were first reported, so a
    /// person can fix a file from top to bottom.
    public func inReadingOrder() -> [Diagnostic] {
        var fileOrder: [String: Int] = [:]
        for diagnostic in self where fileOrder[diagnostic.file] == nil {
            fileOrder[diagnostic.file] = fileOrder.count
        }
        return enumerated().sorted { lhs, rhs in
            let left = (fileOrder[lhs.element.file]!, lhs.element.line, lhs.element.column, lhs.offset)
            let right = (fileOrder[rhs.element.file]!, rhs.element.line, rhs.element.column, rhs.offset)
            return left < right
        }.map(\.element)
    }
}
