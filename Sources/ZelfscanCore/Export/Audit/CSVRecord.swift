/// One record as `StrictCSVReader` read it: every field's bytes, unquoted and valid UTF-8 (a field
/// that was not is repaired as `String(decoding:as:)` repairs it), end to end in one buffer. The
/// audit checks fields as bytes and makes a `String` only where a check needs one.
struct CSVRecord {
    private(set) var bytes: [UInt8] = []
    /// Where each field ends in `bytes`; a field starts where the one before it ends.
    private(set) var ends: [Int] = []

    init() {}

    init(_ fields: [String]) {
        for field in fields {
            bytes.append(contentsOf: field.utf8)
            ends.append(bytes.count)
        }
    }

    var count: Int { ends.count }

    func range(_ field: Int) -> Range<Int> { (field == 0 ? 0 : ends[field - 1])..<ends[field] }

    func string(_ field: Int) -> String { String(decoding: bytes[range(field)], as: UTF8.self) }

    var strings: [String] { (0..<count).map(string) }

    /// Where the field being read starts.
    var openFieldStart: Int { ends.last ?? 0 }

    var openFieldLength: Int { bytes.count - openFieldStart }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ run: UnsafeRawBufferPointer) { bytes.append(contentsOf: run) }

    /// Ends the open field; its bytes are checked as UTF-8 only when `mayBeNonASCII`. False when
    /// they were not valid UTF-8 (and have been repaired).
    mutating func endField(mayBeNonASCII: Bool) -> Bool {
        var valid = true
        if mayBeNonASCII {
            let start = openFieldStart
            if String(validating: bytes[start...], as: UTF8.self) == nil {
                valid = false
                let repaired = Array(String(decoding: bytes[start...], as: UTF8.self).utf8)
                bytes.replaceSubrange(start..., with: repaired)
            }
        }
        ends.append(bytes.count)
        return valid
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }
}
