/// Turns raw-mode bytes into keys. Bytes arrive in arbitrary chunks, so an escape sequence or a
/// UTF-8 letter split across reads is kept until it is complete.
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []

    public init() {}

    /// True when the bytes so far end in the middle of a key; a lone Esc is only told apart from
    /// the start of an arrow key by waiting briefly, then calling `flush()`.
    public var isWaiting: Bool { !pending.isEmpty }

    public mutating func feed(_ bytes: [UInt8]) -> [Key] {
        pending += bytes
        var keys: [Key] = []
        while let (key, length) = decode(pending[...]) {
            keys.append(key)
            pending.removeFirst(length)
        }
        return keys
    }

    /// The keys held back when no more bytes came: a lone Esc, or an unfinished sequence.
    public mutating func flush() -> [Key] {
        defer { pending.removeAll() }
        guard let first = pending.first else { return [] }
        if first == 0x1B {
            return [.escape] + KeyDecoder().feedingRest(Array(pending.dropFirst()))
        }
        return [.other]
    }

    private func feedingRest(_ bytes: [UInt8]) -> [Key] {
        var decoder = self
        return decoder.feed(bytes) + (decoder.isWaiting ? [.other] : [])
    }

    /// The first key in `bytes` and how many bytes it took; nil when more bytes are needed.
    private func decode(_ bytes: ArraySlice<UInt8>) -> (Key, Int)? {
        guard let first = bytes.first else { return nil }
        switch first {
        case 0x0D, 0x0A: return (.enter, 1)
        case 0x7F, 0x08: return (.backspace, 1)
        case 0x09: return (.tab, 1)
        case 0x03: return (.interrupt, 1)
        case 0x04: return (.endOfTransmission, 1)
        case 0x1B: return escapeSequence(bytes)
        case 0x00..<0x20: return (.other, 1)
        default: return character(bytes)
        }
    }

    private func escapeSequence(_ bytes: ArraySlice<UInt8>) -> (Key, Int)? {
        let start = bytes.startIndex
        guard bytes.count >= 2 else { return nil }
        let introducer = bytes[start + 1]
        guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else {
            return (.escape, 1)
        }
        // CSI: parameter bytes, then one final byte in 0x40–0x7E.
        var index = start + 2
        while index < bytes.endIndex {
            let byte = bytes[index]
            if (0x40...0x7E).contains(byte) {
                let length = index - start + 1
                switch byte {
                case UInt8(ascii: "A"): return (.up, length)
                case UInt8(ascii: "B"): return (.down, length)
                case UInt8(ascii: "C"): return (.right, length)
                case UInt8(ascii: "D"): return (.left, length)
                default: return (.other, length)
                }
            }
            index += 1
        }
        return nil
    }

    private func character(_ bytes: ArraySlice<UInt8>) -> (Key, Int)? {
        let first = bytes[bytes.startIndex]
        let length: Int
        switch first {
        case 0x00..<0x80: length = 1
        case 0xC0..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF8: length = 4
        default: return (.other, 1)
        }
        guard bytes.count >= length else { return nil }
        let text = String(decoding: bytes.prefix(length), as: UTF8.self)
        guard let character = text.first, text.unicodeScalars.first != "\u{FFFD}" else { return (.other, length) }
        return (.character(character), length)
    }
}
