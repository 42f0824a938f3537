/// Splits input into lines for line mode. A last line without a newline still counts, and a
/// Windows line end is taken as a line end, so a pasted or generated answer file works as typed.
public struct LineReader<Source: ByteSource> {
    private var source: Source
    private var pending: [UInt8] = []
    private var ended = false

    public init(_ source: Source) {
        self.source = source
    }

    /// The next line without its line end; nil once the input has ended and nothing is left.
    public mutating func nextLine() -> String? {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            if ended {
                guard !pending.isEmpty else { return nil }
                defer { pending.removeAll() }
                return String(decoding: pending.last == UInt8(ascii: "\r") ? pending.dropLast() : pending[...], as: UTF8.self)
            }
            if let bytes = source.read() { pending += bytes } else { ended = true }
        }
    }
}
