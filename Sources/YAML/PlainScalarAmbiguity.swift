/// Whether a text, written without quotes, could be read back as something other than text by a
/// YAML 1.1 or 1.2 reader (booleans, nulls, numbers, dates): such text is quoted when emitted.
enum PlainScalarAmbiguity {
    private static let keywords: Set<String> = [
        "", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", "<<", "=",
        ".inf", "-.inf", "+.inf", ".nan",
    ]

    static func isAmbiguous(_ text: String) -> Bool {
        if keywords.contains(text.lowercased()) { return true }
        guard let first = text.unicodeScalars.first else { return true }
        // Numbers, dates, sexagesimals and `.5` all start like this; quoting them costs nothing.
        if "0123456789+-.".unicodeScalars.contains(first) { return true }
        if text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) { return true }
        return false
    }
}
