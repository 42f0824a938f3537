import ZelfscanCore

/// Every text that comes from a questionnaire, a reference file, a plan or a member goes through
/// here before it is written as Markdown: characters Markdown would read as markup (emphasis,
/// code, raw HTML, links, images, entities, headings) are backslash-escaped, and control
/// characters shown as codes.
enum MarkdownEscape {
    static func text(_ text: String) -> String {
        var result = ""
        for character in ControlCharacters.printable(text) {
            if "*_`<>[]\\&!#~".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// One table cell: on one line, with its bars escaped.
    static func cell(_ text: String) -> String {
        Self.text(text.split(whereSeparator: \.isNewline).joined(separator: " ")).replacingOccurrences(of: "|", with: "\\|")
    }
}
