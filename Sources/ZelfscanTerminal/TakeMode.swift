import Foundation

/// How the session talks to the respondent.
public enum TakeMode: Sendable, Equatable {
    /// One question per screen in raw mode; needs a terminal on both stdin and stdout.
    case terminal
    /// Numbered prompts read line by line: for pipes, scripts and screen readers.
    case lines

    /// Line mode with `--plain` or when stdin or stdout is not a terminal.
    public static func detect(plain: Bool) -> TakeMode {
        plain || isatty(0) == 0 || isatty(1) == 0 ? .lines : .terminal
    }

    /// Colour only on a terminal, never with `--no-color` or a non-empty `NO_COLOR`
    /// (no-color.org), and never in line mode.
    public static func useColor(mode: TakeMode, noColorFlag: Bool, environment: [String: String]) -> Bool {
        guard mode == .terminal, !noColorFlag, isatty(1) != 0 else { return false }
        return (environment["NO_COLOR"] ?? "").isEmpty
    }
}
