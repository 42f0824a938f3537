/// One line of a TTY screen and how it is emphasised. Emphasis only repeats what the text
/// already says with `>`, `(x)` and headings, so nothing depends on colour.
public struct StyledLine: Sendable, Equatable {
    public enum Emphasis: Sendable, Equatable {
        case plain
        case bold
        case dim
        /// The highlighted row.
        case inverse
    }

    public var text: String
    public var emphasis: Emphasis

    public init(_ text: String, _ emphasis: Emphasis = .plain) {
        self.text = text
        self.emphasis = emphasis
    }

    /// The line with SGR codes when `useColor`, plain text otherwise.
    public func rendered(useColor: Bool) -> String {
        guard useColor else { return text }
        switch emphasis {
        case .plain: return text
        case .bold: return "\u{1B}[1m" + text + "\u{1B}[0m"
        case .dim: return "\u{1B}[2m" + text + "\u{1B}[0m"
        case .inverse: return "\u{1B}[7m" + text + "\u{1B}[0m"
        }
    }
}
