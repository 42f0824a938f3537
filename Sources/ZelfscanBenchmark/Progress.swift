import Foundation

/// One rewritten status line on stderr, only when stderr is a terminal, so a run piped into a
/// file gives nothing but the table.
struct Progress {
    private let enabled = isatty(2) == 1

    func say(_ text: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// Always shown: something the reader of the table must know.
    func warn(_ text: String) {
        clear()
        FileHandle.standardError.write(Data(("zelfscan-benchmark: " + text + "\n").utf8))
    }
}
