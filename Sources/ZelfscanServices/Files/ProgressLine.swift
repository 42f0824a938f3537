#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// "label 12/300" on one rewritten stderr line for long work, only when stderr is a terminal, so
/// logs and pipes stay clean.
public struct ProgressLine {
    public let label: String
    public let total: Int
    private let enabled = isatty(2) == 1
    private var lastShown = -1

    public init(label: String, total: Int) {
        self.label = label
        self.total = total
    }

    public mutating func update(_ done: Int) {
        guard enabled, total > 20, done * 100 / max(total, 1) != lastShown else { return }
        lastShown = done * 100 / max(total, 1)
        Output.error("\r\(label) \(done)/\(total)")
    }

    public func finish() {
        guard enabled, total > 20 else { return }
        Output.error("\r\u{1B}[K")
    }
}
