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
                lanes[lane] &+= UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: lane * 8, as: UInt64.self))
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

    /// Appends what `canonical(_:numeric:)` gives the text of `bytes` (valid UTF-8), making a
    /// `String` only for a number that is not already canonical.
    static func appendCanonical(_ bytes: UnsafeBufferPointer<UInt8>, numeric: Bool, to canonical: inout [UInt8]) {
        if !numeric || bytes.isEmpty || isCanonicalInteger(bytes) {
            canonical.append(contentsOf: bytes)
        } else {
            canonical.append(contentsOf: Self.canonical(String(decoding: bytes, as: UTF8.self), numeric: true).utf8)
        }
    }

    /// Appends what `canonical(_:numeric:)` gives a database value, without a `String` for an
    /// integer or for text; a text's invalid UTF-8 is repaired as `String(decoding:as:)` repairs it.
    static func appendCanonical(_ value: AuditRawValue, numeric: Bool, to canonical: inout [UInt8]) {
        switch value {
        case .null, .blob:
            return
        case .integer(let number) where numeric && number > -1_000_000_000_000_000 && number < 1_000_000_000_000_000:
            appendDecimal(number, to: &canonical)
        case .integer(let number):
            canonical.append(contentsOf: Self.canonical(AuditValue.integer(number), numeric: numeric).utf8)
        case .real(let number):
            if numeric, number.isFinite, number == number.rounded(), abs(number) < 1e15 {
                appendDecimal(Int64(number), to: &canonical)
            } else {
                canonical.append(contentsOf: Self.canonical(AuditValue.real(number), numeric: numeric).utf8)
            }
        case .text(let text):
            if text.contains(where: { $0 >= 0x80 }), String(validating: text, as: UTF8.self) == nil {
                canonical.append(contentsOf: Self.canonical(String(decoding: text, as: UTF8.self), numeric: numeric).utf8)
            } else {
                appendCanonical(text, numeric: numeric, to: &canonical)
            }
        }
    }

    /// `String(number)`'s digits, written in place.
    static func appendDecimal(_ number: Int64, to canonical: inout [UInt8]) {
        if number < 0 { canonical.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        let start = canonical.count
        repeat {
            canonical.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        canonical[start...].reverse()
    }

    /// `0` or up to 15 digits without a leading zero: already canonical, nothing to parse.
    private static func isCanonicalInteger(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isCanonicalInteger)
    }

    static func isCanonicalInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, bytes.count <= 15, first != UInt8(ascii: "0") || bytes.count == 1 else { return false }
        return bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
