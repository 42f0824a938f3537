import ZelfscanText
import CYAML

/// Turns libyaml's terse errors into located messages with advice.
enum ParserErrorTranslation {
    static func error(from parser: yaml_parser_t, in buffer: UnsafeBufferPointer<UInt8>) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.error == YAML_READER_ERROR {
            let mark = TextPosition.mark(atByteOffset: parser.problem_offset, in: buffer)
            if parser.problem_value >= 0 && problem.contains("control characters") {
                let hex = String(parser.problem_value, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                return YAMLError(
                    .syntax, at: mark,
                    Phrase(en: "the text contains a control character (\(code)), which YAML does not allow",
                           nl: "de tekst bevat een stuurteken (\(code)), dat YAML niet toelaat"),
                    hint: Phrase(en: "this looks like a binary or corrupted file; save it as plain UTF-8 text",
                                 nl: "dit lijkt een binair of beschadigd bestand; bewaar het als gewone UTF-8-tekst"))
            }
            return YAMLError(.syntax, at: mark, translate(problem))
        }
        let mark = Mark(line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1)
        let context = parser.context.map { String(cString: $0) }
        let contextMark = Mark(line: parser.context_mark.line + 1, column: parser.context_mark.column + 1)

        if problem.contains("cannot start any token") || problem.contains("tab character"), lineHasTab(line: mark.line, in: buffer) {
            return YAMLError(
                .syntax, at: mark,
                Phrase(en: "a tab is used for indentation; YAML allows only spaces",
                       nl: "er wordt ingesprongen met een tab; YAML laat alleen spaties toe"),
                hint: Phrase(en: "replace the tabs on this line with spaces", nl: "vervang de tabs op deze regel door spaties"))
        }
        if problem.contains("end of stream"), let context, context.contains("quoted scalar") {
            return YAMLError(
                .syntax, at: contextMark,
                Phrase(en: "the quoted text that starts here is never closed (end of file reached at \(mark))",
                       nl: "de tekst tussen aanhalingstekens die hier begint, wordt nooit afgesloten (einde van het bestand bereikt op \(mark))"),
                hint: Phrase(en: "add the closing quote; a quote inside single-quoted text is written as ''",
                             nl: "voeg het sluitende aanhalingsteken toe; een enkel aanhalingsteken binnen tekst tussen enkele aanhalingstekens schrijft u als ''"),
                notes: [YAMLError.Note(mark: mark, Phrase(en: "end of file reached while looking for the closing quote",
                                                          nl: "einde van het bestand bereikt bij het zoeken naar het sluitende aanhalingsteken"))])
        }
        let notes = context.map {
            [YAMLError.Note(mark: contextMark, Phrase(en: "\($0) that starts here", nl: "\(translate($0).nl) die hier begint"))]
        } ?? []
        return YAMLError(.syntax, at: mark, translate(problem), hint: hint(for: problem), notes: notes)
    }

    /// libyaml's own wording with a Dutch rendering; unknown wording is passed on as it is.
    private static let dutch: [String: String] = [
        "found character that cannot start any token": "teken dat geen waarde of sleutel kan beginnen",
        "mapping values are not allowed in this context": "hier mag geen 'sleutel: waarde' staan",
        "did not find expected key": "de verwachte sleutel ontbreekt",
        "did not find expected '-' indicator": "het verwachte '-' van een lijstelement ontbreekt",
        "did not find expected node content": "hier ontbreekt een waarde",
        "found unexpected end of stream": "onverwacht einde van het bestand",
        "could not find expected ':'": "de verwachte ':' ontbreekt",
        "found unknown escape character": "onbekende escape-reeks na '\\'",
        "block sequence entries are not allowed in this context": "hier mag geen lijstelement ('- ') staan",
        "did not find expected ',' or ']'": "de verwachte ',' of ']' ontbreekt",
        "did not find expected ',' or '}'": "de verwachte ',' of '}' ontbreekt",
        "found unexpected ':'": "onverwachte ':'",
        "found undefined tag handle": "onbekende tag",
        "did not find expected <document start>": "het begin van het document ('---') ontbreekt",
        "found a tab character that violates indentation": "een tab verstoort de inspringing",
        "found a tab character where an indentation space is expected": "een tab waar een spatie voor inspringing verwacht wordt",
        "while scanning a simple key": "bij het lezen van een sleutel",
        "while scanning a quoted scalar": "bij het lezen van tekst tussen aanhalingstekens",
        "while scanning a plain scalar": "bij het lezen van een tekst",
        "while scanning a block scalar": "bij het lezen van een tekstblok",
        "while scanning an anchor": "bij het lezen van een anker",
        "while scanning an alias": "bij het lezen van een alias",
        "while scanning a tag": "bij het lezen van een tag",
        "while parsing a block mapping": "bij het lezen van de mapping",
        "while parsing a block collection": "bij het lezen van de lijst",
        "while parsing a flow mapping": "bij het lezen van de mapping tussen { }",
        "while parsing a flow sequence": "bij het lezen van de lijst tussen [ ]",
        "while parsing a block node": "bij het lezen van een waarde",
        "while parsing a flow node": "bij het lezen van een waarde",
        "while parsing a node": "bij het lezen van een waarde",
    ]

    static func translate(_ english: String) -> Phrase {
        Phrase(en: english, nl: dutch[english] ?? "libyaml: \(english)")
    }

    private static func hint(for problem: String) -> Phrase? {
        if problem.contains("mapping values are not allowed") {
            return Phrase(en: "a ': ' starts a new key; put quotes around text that contains ': ', or check the indentation",
                          nl: "een ': ' begint een nieuwe sleutel; zet tekst met ': ' tussen aanhalingstekens, of controleer de inspringing")
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-'") {
            return Phrase(en: "check that this line is indented like the lines it belongs with",
                          nl: "controleer of deze regel even ver inspringt als de regels waar hij bij hoort")
        }
        if problem.contains("cannot start any token") {
            return Phrase(en: "quote text that starts with a character such as '@', '`' or '%'",
                          nl: "zet tekst die begint met een teken zoals '@', '`' of '%' tussen aanhalingstekens")
        }
        if problem.contains("did not find expected node content") {
            return Phrase(en: "a value is missing here; check for a stray '-', ',' or bracket",
                          nl: "hier ontbreekt een waarde; controleer op een '-', ',' of haakje te veel")
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
