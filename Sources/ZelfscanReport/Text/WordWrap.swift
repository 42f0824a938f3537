/// Breaking a text between words, for the places that lay text out by character count: the
/// radar's labels and the compare table in a narrow terminal.
enum WordWrap {
    /// `text` in lines of at most `width` characters, broken at spaces; a longer word stays whole.
    static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
