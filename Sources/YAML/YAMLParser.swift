import ZelfscanText
import CYAML

/// Reads YAML text into a `Node` tree through the system libyaml.
///
/// libyaml does the tokenising; this type adds what it lacks: 1-based marks, duplicate-key and
/// alias checks, limits on size, depth and alias expansion, and UTF-8 validation with a position.
public struct YAMLParser: Sendable {
    public var limits: ParserLimits

    public init(limits: ParserLimits = .default) {
        self.limits = limits
    }

    public func parse(_ text: String) throws(YAMLError) -> Node {
        try parse(Array(text.utf8))
    }

    /// Parses exactly one document; an empty text or a second document is an error.
    public func parse(_ input: [UInt8]) throws(YAMLError) -> Node {
        if input.count > limits.maxBytes {
            throw YAMLError.tooLarge(byteCount: input.count, limit: limits.maxBytes)
        }
        if input.count >= 2 && (input[0] == 0xFF && input[1] == 0xFE || input[0] == 0xFE && input[1] == 0xFF) {
            throw YAMLError(
                .invalidUTF8, at: Mark(line: 1, column: 1),
                Phrase(en: "the file is saved as UTF-16; zelfscan reads UTF-8", nl: "het bestand is bewaard als UTF-16; zelfscan leest UTF-8"),
                hint: Phrase(en: "save it again as UTF-8 (in Notepad: Save as… → Encoding: UTF-8)",
                             nl: "bewaar het opnieuw als UTF-8 (in Kladblok: Opslaan als… → Codering: UTF-8)"))
        }
        let hasByteOrderMark = input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF
        let bytes = hasByteOrderMark ? Array(input.dropFirst(3)) : input
        return try bytes.withUnsafeBufferPointer { buffer throws(YAMLError) in
            try parse(buffer: buffer)
        }
    }

    private func parse(buffer: UnsafeBufferPointer<UInt8>) throws(YAMLError) -> Node {
        // An empty buffer has no base address, and Debian's libyaml asserts on NULL input.
        guard let base = buffer.baseAddress, buffer.count > 0 else { throw Self.emptyFile }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(.syntax, at: Mark(line: 1, column: 1),
                            Phrase(en: "libyaml could not start (out of memory)", nl: "libyaml kon niet starten (geen geheugen meer)"))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, base, buffer.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        var builder = TreeBuilder(limits: limits)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                // libyaml's reader refuses invalid UTF-8 too, so the text is only scanned for the
                // offending byte once it has: a second pass over every good file would cost a
                // tenth of the parse.
                if parser.error == YAML_READER_ERROR, let offset = TextPosition.firstInvalidUTF8Offset(in: buffer) {
                    throw Self.invalidUTF8(at: offset, in: buffer)
                }
                throw ParserErrorTranslation.error(from: parser, in: buffer)
            }
            defer { yaml_event_delete(&event) }
            if try builder.handle(event) { break }
        }
        guard let root = builder.root else { throw Self.emptyFile }
        return root
    }

    private static func invalidUTF8(at offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> YAMLError {
        let byte = "0x" + String(buffer[offset], radix: 16, uppercase: true)
        return YAMLError(
            .invalidUTF8, at: TextPosition.mark(atByteOffset: offset, in: buffer),
            Phrase(en: "the text is not valid UTF-8 (byte \(byte) at offset \(offset))",
                   nl: "de tekst is geen geldige UTF-8 (byte \(byte) op positie \(offset))"),
            hint: Phrase(en: "save the file as UTF-8 text; binary files cannot be read",
                         nl: "bewaar het bestand als UTF-8-tekst; binaire bestanden kunnen niet gelezen worden"))
    }

    /// Without a hint: what the file should hold depends on the kind of file, which the caller knows.
    private static let emptyFile = YAMLError(.empty, at: Mark(line: 1, column: 1), Phrase(en: "the file is empty", nl: "het bestand is leeg"))

    /// "19.1 MiB", in Dutch "19,1 MiB".
    static func describe(bytes: Int, in language: Language) -> String {
        if bytes >= 1024 * 1024 {
            let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
            return "\(tenths / 10)\(language.decimalSeparator)\(tenths % 10) MiB"
        }
        if bytes >= 1024 { return "\(bytes / 1024) KiB" }
        return "\(bytes) bytes"
    }
}
