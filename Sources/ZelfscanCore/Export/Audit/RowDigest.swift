import Crypto

/// An order-independent digest of a table's rows: the sum, lane by lane, of each row's SHA-256.
/// It lets the audit show that a SQLite table holds exactly the rows of its CSV while holding
/// neither in memory and whatever order each was written in.
struct RowDigest: Equatable, Sendable {
    private(set) var lanes: [UInt64] = [0, 0, 0, 0]
    private(set) var rows = 0

    mutating func add(_ fields: [String]) {
        var hasher = SHA256()
        for field in fields {
            hasher.update(data: Array(field.utf8))
            hasher.update(data: [0x1F])
        }
        let digest = Array(hasher.finalize())
        for lane in 0..<4 {
            var value: UInt64 = 0
            for byte in digest[(lane * 8)..<(lane * 8 + 8)] { value = value << 8 | UInt64(byte) }
            lanes[lane] &+= value
        }
        rows += 1
    }

    /// One form for a number whether it was read from CSV text or stored as a SQLite number:
    /// `72.50`, `72.5` and REAL 72.5 compare equal, as do `3` and REAL 3.0.
    static func canonical(_ text: String, numeric: Bool) -> String {
        guard numeric, !text.isEmpty, let number = Double(text), number.isFinite else { return text }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}
