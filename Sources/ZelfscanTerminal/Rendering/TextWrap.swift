/// Word wrapping to a column count, for the TTY screens. Widths count characters: the texts are
/// Dutch and English, where every letter takes one column.
public enum TextWrap {
    /// `text` in lines of at most `width` columns; the first line starts with `first`, later
    /// ones with `rest`. Words longer than a line are cut. Line breaks in `text` are kept.
    public static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        let width = max(width, 1)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let prefix = lines.isEmpty ? first : rest
            lines += wrapParagraph(String(paragraph), width: width, first: prefix, rest: rest)
        }
        return lines
    }

    private static func wrapParagraph(_ paragraph: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        func indent() -> String { lines.isEmpty ? first : rest }
        for word in paragraph.split(separator: " ") {
            var word = Substring(word)
            let separator = lineHasWord ? 1 : 0
            if line.count + separator + word.count <= width {
                line += (lineHasWord ? " " : "") + word
                lineHasWord = true
                continue
            }
            if lineHasWord {
                lines.append(line)
                line = rest
                lineHasWord = false
            }
            while line.count + word.count > width {
                let room = max(width - line.count, 1)
                lines.append(String((line + word.prefix(room)).prefix(width)))
                word = word.dropFirst(room)
                line = rest
            }
            if !word.isEmpty {
                line += word
                lineHasWord = true
            }
        }
        if lineHasWord || lines.isEmpty { lines.append(String(line.prefix(width))) }
        return lines
    }

    /// The keys line broken between its " · " parts rather than inside them.
    public static func wrapParts(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for part in text.components(separatedBy: " · ") {
            let candidate = line.isEmpty ? part : line + " · " + part
            if candidate.count <= width || line.isEmpty {
                line = candidate
            } else {
                lines.append(line)
                line = part
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.flatMap { $0.count <= width ? [$0] : wrap($0, width: width) }
    }

    /// `text` cut to `width` columns, ending in "…" when cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(width)) }
        return String(text.prefix(width - 1)) + "…"
    }
}
