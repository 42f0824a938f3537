import YAML

/// One problem found in a file, located so the person fixing it can go straight there.
public struct Diagnostic: Sendable, Equatable, Codable {
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
    }

    /// A second place that explains the first, such as where a duplicate id was first used.
    public struct Note: Sendable, Equatable, Codable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String
    public var hint: String?
    public var notes: [Note]

    public init(file: String, mark: Mark, severity: Severity = .error, message: String, hint: String? = nil, notes: [Note] = []) {
        self.file = file
        self.line = mark.line
        self.column = mark.column
        self.severity = severity
        self.message = message
        self.hint = hint
        self.notes = notes
    }

    public var mark: Mark { Mark(line: line, column: column) }
}

extension Diagnostic {
    /// The diagnostic for a file libyaml could not read.
    public init(file: String, yamlError: YAMLError) {
        self.init(
            file: file, mark: yamlError.mark, message: yamlError.message, hint: yamlError.hint,
            notes: yamlError.notes.map { Note(line: $0.mark.line, column: $0.mark.column, message: $0.message) })
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
