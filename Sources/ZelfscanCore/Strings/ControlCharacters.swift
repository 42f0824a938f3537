/// Characters that change what a terminal or a reader sees rather than show themselves: C0
/// controls other than tab and newline (ESC starts terminal commands), DEL, C1 controls, and the
/// bidirectional overrides and isolates that make text read differently from how it is stored.
/// A name or questionnaire text holding one is refused; anything else echoed from a file shows
/// them as visible codes.
public enum ControlCharacters {
    public static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The first refused character and its 1-based position in `text`, counted in characters
    /// as an editor counts columns (Unicode scalars).
    public static func first(in text: String) -> (scalar: Unicode.Scalar, position: Int)? {
        for (offset, scalar) in text.unicodeScalars.enumerated() where isRefused(scalar) {
            return (scalar, offset + 1)
        }
        return nil
    }

    /// `text` with every refused character written as its code, such as `<U+001B>`.
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isRefused) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isRefused(scalar) { result.append(contentsOf: code(scalar).unicodeScalars) } else { result.append(scalar) }
        }
        return String(result)
    }

    /// `text` without the refused characters: what a respondent types is kept, minus what would
    /// make the saved file unreadable.
    public static func removed(from text: String) -> String {
        guard text.unicodeScalars.contains(where: isRefused) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isRefused($0) }))
    }

    /// "<U+001B>".
    public static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
