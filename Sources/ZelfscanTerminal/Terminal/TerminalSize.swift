#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Columns and rows of the terminal; 80×24 when the terminal does not say.
public struct TerminalSize: Sendable, Equatable {
    public var columns: Int
    public var rows: Int

    public static let standard = TerminalSize(columns: 80, rows: 24)

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// Asks the terminal on `descriptor` (TIOCGWINSZ); a zero answer, as some serial consoles
    /// and `script` give, falls back to 80×24.
    public static func of(descriptor: Int32) -> TerminalSize {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else {
            return .standard
        }
        return TerminalSize(columns: Int(size.ws_col), rows: Int(size.ws_row))
    }
}
