import Foundation

/// The secret behind municipality pseudonyms: 32 random bytes kept in a file as 64 hexadecimal
/// digits. Whoever holds it can recompute a pseudonym from a name, so it never enters an export.
public struct ExportKey: Sendable, Equatable {
    public static let byteCount = 32

    public let bytes: [UInt8]

    public enum ParseError: Error, Sendable, Equatable {
        /// The text is not 64 hexadecimal digits (after trimming white space).
        case malformed
    }

    public init(bytes: [UInt8]) {
        precondition(bytes.count == Self.byteCount, "an export key has 32 bytes")
        self.bytes = bytes
    }

    /// Reads the key file's text: 64 hexadecimal digits, surrounding white space ignored.
    public init(text: String) throws(ParseError) {
        let digits = Array(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        guard digits.count == Self.byteCount * 2 else { throw .malformed }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.byteCount)
        var index = 0
        while index < digits.count {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else { throw .malformed }
            bytes.append(high << 4 | low)
            index += 2
        }
        self.bytes = bytes
    }

    /// A fresh key from the system's cryptographic random source.
    public static func random() -> ExportKey {
        var generator = SystemRandomNumberGenerator()
        return ExportKey(bytes: (0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// The key file's content: lowercase hex and a newline.
    public var fileText: String { bytes.map { String(format: "%02x", $0) }.joined() + "\n" }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
