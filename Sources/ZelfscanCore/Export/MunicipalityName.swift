import Foundation

/// One municipality however its name is typed, so that the release ledger counts it once.
public enum MunicipalityName {
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
}
