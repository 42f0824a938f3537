/// A position in a YAML text, 1-based as editors show it.
///
/// Columns count Unicode scalars, the same unit libyaml uses, so a Dutch "ë" is one column.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Marks of nodes built in code rather than parsed from text.
    public static let none = Mark(line: 0, column: 0)

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
