import CYAML

/// Turns libyaml's terse errors into located messages with advice.
enum ParserErrorTranslation {
    static func error(from parser: yaml_parser_t, in buffer: UnsafeBufferPointer<UInt8>) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.error == YAML_READER_ERROR {
            let mark = TextPosition.mark(atByteOffset: parser.problem_offset, in: buffer)
            if parser.problem_value >= 0 && problem.contains("control characters") {
                let code = String(parser.problem_value, radix: 16, uppercase: true)
                return YAMLError(
                    .syntax, at: mark, "the text contains a control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)), which YAML does not allow",
                    hint: "this looks like a binary or corrupted file; save it as plain UTF-8 text")
            }
            return YAMLError(.syntax, at: mark, problem)
        }
        let mark = Mark(line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1)
        let context = parser.context.map { String(cString: $0) }
        let contextMark = Mark(line: parser.context_mark.line + 1, column: parser.context_mark.column + 1)

        if problem.contains("cannot start any token"), lineHasTab(line: mark.line, in: buffer) {
            return YAMLError(
                .syntax, at: mark, "a tab is used for indentation; YAML allows only spaces",
                hint: "replace the tabs on this line with spaces")
        }
        if problem.contains("end of stream"), let context, context.contains("quoted scalar") {
            return YAMLError(
                .syntax, at: contextMark, "the quoted text that starts here is never closed (end of file reached at \(mark))",
                hint: "add the closing quote; a quote inside single-quoted text is written as ''",
                notes: [YAMLError.Note(mark: mark, message: "end of file reached while looking for the closing quote")])
        }
        let notes = context.map { [YAMLError.Note(mark: contextMark, message: "\($0) that starts here")] } ?? []
        return YAMLError(.syntax, at: mark, problem, hint: hint(for: problem), notes: notes)
    }

    private static func hint(for problem: String) -> String? {
        if problem.contains("mapping values are not allowed") {
            return "a ': ' starts a new key; put quotes around text that contains ': ', or check the indentation"
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-'") {
            return "check that this line is indented like the lines it belongs with"
        }
        if problem.contains("cannot start any token") {
            return "quote text that starts with a character such as '@', '`' or '%'"
        }
        if problem.contains("did not find expected node content") {
            return "a value is missing here; check for a stray '-', ',' or bracket"
        }
        return nil
    }

    private static func lineHasTab(line: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var current = 1
        for byte in buffer {
            if byte == 0x0A {
                current += 1
                if current > line { return false }
            } else if current == line && byte == 0x09 {
                return true
            }
        }
        return false
    }
}
