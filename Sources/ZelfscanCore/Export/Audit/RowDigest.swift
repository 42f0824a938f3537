import Crypto

/// An order-independent digest of a table's rows: the sum, lane by lane, of each row's SHA-256.
/// It lets the audit show that a SQLite table holds exactly the rows of its CSV while holding
/// neither in memory and whatever order each was written in.
struct RowDigest: Equatable, Sendable {
    private(set) var lanes: [UInt64] = [0, 0, 0, 0]
    private(set) var rows = 0

    mutating func add(_ fields: [String]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128)
        for field in fields {
            bytes.append(contentsOf: field.utf8)
            bytes.append(0x1F)
        }
        add(bytes: bytes)
    }

    /// One row given as its canonical fields, each followed by 0x1F: what `add(_:)` hashes.
    mutating func add(bytes: [UInt8]) {
        let digest = SHA256.hash(data: bytes)
        digest.withUnsafeBytes { raw in
            for lane in 0..<4 {
                var value: UInt64 = 0
                for byte in raw[(lane * 8)..<(lane * 8 + 8)] { value = value << 8 | UInt64(byte) }
                lanes[lane] &+= value
            }
        }
        rows += 1
    }

    /// One form for a number whether it was read from CSV text or stored as a SQLite number:
    /// `72.50`, `72.5` and REAL 72.5 compare equal, as do `3` and REAL 3.0.
    static func canonical(_ text: String, numeric: Bool) -> String {
        guard numeric, !isCanonicalInteger(text), !text.isEmpty, let number = Double(text), number.isFinite else { return text }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }

    /// A database value in the form `canonical(_:numeric:)` gives its CSV text, without the
    /// round trip through text for numbers.
    static func canonical(_ value: AuditValue, numeric: Bool) -> String {
        switch value {
        case .integer(let number) where numeric && number > -1_000_000_000_000_000 && number < 1_000_000_000_000_000: return String(number)
        case .real(let number) where numeric && number.isFinite:
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        default: return canonical(value.csvText, numeric: numeric)
        }
    }

    /// `0` or up to 15 digits without a leading zero: already canonical, nothing to parse.
    private static func isCanonicalInteger(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, utf8.count <= 15, first != UInt8(ascii: "0") || utf8.count == 1 else { return false }
        return utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
