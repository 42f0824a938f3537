import Crypto
import Foundation

/// Municipality pseudonyms: HMAC-SHA256 of the normalised name under the export key, so the same
/// municipality gets the same pseudonym in every year and every export made with that key, and
/// nobody without the key can test a guessed name.
public struct Pseudonymiser: Sendable {
    /// Pseudonyms are "M" and the first 16 hex digits (64 bits) of the HMAC: short enough to read,
    /// with a negligible chance of two of Flanders' 300 municipalities colliding.
    public static let hexDigits = 16
    /// Matches every pseudonym; the audit uses it to tell pseudonyms from names.
    public static let pattern = "^M[0-9a-f]{16}$"

    /// Kept as bytes: `SymmetricKey` is not `Sendable`.
    private let key: [UInt8]

    /// True for "M" and 16 lowercase hex digits; the audit's fast form of `pattern`.
    public static func isPseudonym(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == hexDigits + 1, bytes[0] == UInt8(ascii: "M") else { return false }
        return bytes.dropFirst().allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
    }

    public init(key: ExportKey) {
        self.key = key.bytes
    }

    public func pseudonym(for municipality: String) -> String {
        "M" + String(hex(Self.normalised(municipality)).prefix(Self.hexDigits))
    }

    /// A fingerprint of the key that reveals nothing about names: exports with equal fingerprints
    /// were made with the same key and can be pooled.
    public var keyCheck: String {
        String(hex("zelfscan export key check").prefix(Self.hexDigits))
    }

    /// "  Sint-Niklaas ", "sint niklaas" and "SINT–NIKLAAS" are one municipality: case, accents,
    /// punctuation and runs of spaces or hyphens do not count.
    public static func normalised(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        var words: [String] = []
        var current = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }

    private func hex(_ text: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Array(text.utf8), using: SymmetricKey(data: key))
        return code.map { String(format: "%02x", $0) }.joined()
    }
}
