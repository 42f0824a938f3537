import Foundation

/// The secret behind the release ledger: 32 random bytes kept in a file as 64 hexadecimal
/// digits. Whoever holds it can recompute a municipality's ledger token from its name, so it
/// never enters an export.
public struct ExportKey: Sendable, Equatable {
    public static let byteCount = 32
    /// A random key has about 16 distinct hex digits; one with fewer than this was typed or patterned.
    public static let minimumDistinctDigits = 10
    /// Repeats of a block this long or shorter make a key guessable from a short pattern.
    public static let longestRefusedPeriod = 16

    public let bytes: [UInt8]

    /// Why a key file's text is not accepted. Each weak case is told apart so the message can say
    /// what is wrong with the key, but never quotes the key.
    public enum ParseError: Error, Sendable, Equatable {
        /// The text is not 64 hexadecimal digits (after trimming white space).
        case malformed
        /// All 64 digits are the same digit (such as 64 zeros).
        case oneDigit
        /// The digits count up or down by a fixed step (`0123456789abcdef…`).
        case counting
        /// The digits repeat a block of `period` digits (at most 16).
        case repeatedPattern(period: Int)
        /// Only `distinct` different hex digits occur (fewer than 10).
        case fewDistinctDigits(distinct: Int)
    }

    /// Takes the bytes as they are; keys read from files or drawn by `random()` are checked for
    /// strength, test fixtures made from bytes are not.
    public init(bytes: [UInt8]) {
        precondition(bytes.count == Self.byteCount, "an export key has 32 bytes")
        self.bytes = bytes
    }

    /// Reads the key file's text: 64 hexadecimal digits, surrounding white space ignored, and
    /// refuses a key with little entropy, which an attacker would try first.
    public init(text: String) throws(ParseError) {
        let digits = Array(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        guard digits.count == Self.byteCount * 2 else { throw .malformed }
        var nibbles: [UInt8] = []
        nibbles.reserveCapacity(digits.count)
        for digit in digits {
            guard let nibble = Self.nibble(digit) else { throw .malformed }
            nibbles.append(nibble)
        }
        if let weakness = Self.weakness(nibbles) { throw weakness }
        self.bytes = stride(from: 0, to: nibbles.count, by: 2).map { nibbles[$0] << 4 | nibbles[$0 + 1] }
    }

    /// A fresh key from the system's cryptographic random source. A draw that the strength checks
    /// would refuse (odds below one in 10^11) is drawn again, so `key new` never writes a key that
    /// `export` then refuses.
    public static func random() -> ExportKey {
        var generator = SystemRandomNumberGenerator()
        while true {
            let bytes = (0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            if weakness(bytes.flatMap { [$0 >> 4, $0 & 0x0f] }) == nil { return ExportKey(bytes: bytes) }
        }
    }

    /// The key file's content: lowercase hex and a newline.
    public var fileText: String { bytes.map { String(format: "%02x", $0) }.joined() + "\n" }

    /// The first weakness of the key's hex digits (values 0–15), most specific first, or nil.
    static func weakness(_ nibbles: [UInt8]) -> ParseError? {
        guard nibbles.count >= 2, let first = nibbles.first else { return .malformed }
        if nibbles.allSatisfy({ $0 == first }) { return .oneDigit }
        let step = (nibbles[1] &+ 16 &- nibbles[0]) & 0x0f
        if zip(nibbles, nibbles.dropFirst()).allSatisfy({ ($1 &+ 16 &- $0) & 0x0f == step }) { return .counting }
        for period in 2...longestRefusedPeriod where nibbles.indices.dropFirst(period).allSatisfy({ nibbles[$0] == nibbles[$0 - period] }) {
            return .repeatedPattern(period: period)
        }
        let distinct = Set(nibbles).count
        if distinct < minimumDistinctDigits { return .fewDistinctDigits(distinct: distinct) }
        return nil
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
