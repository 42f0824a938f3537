/// Turns byte offsets into editor positions, for errors libyaml reports only as an offset.
enum TextPosition {
    /// The 1-based line and column (in Unicode scalars) of `offset` in UTF-8 `bytes`.
    static func mark(atByteOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Mark {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return Mark(line: line, column: column)
    }

    /// The offset of the first byte that is not well-formed UTF-8, or nil when all bytes are.
    ///
    /// `String(decoding:)` would silently replace such bytes, so they are found on the bytes.
    static func firstInvalidUTF8Offset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            if index + length > count { return index }
            let second = bytes[index + 1]
            if second < lower || second > upper { return index }
            var continuation = index + 2
            while continuation < index + length {
                if bytes[continuation] & 0xC0 != 0x80 { return index }
                continuation += 1
            }
            index += length
        }
        return nil
    }
}
