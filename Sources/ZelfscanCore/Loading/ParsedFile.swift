import YAML

/// One file's bytes as a node tree, or the parser's complaint as a located diagnostic. An empty
/// file gets the hint of the kind of file it should have been, which only the caller knows.
enum ParsedFile {
    enum Outcome {
        case parsed(Node)
        case failed(Diagnostic)
    }

    static func parse(_ bytes: [UInt8], file: String, limits: ParserLimits = .default, emptyHint: Phrase? = nil) -> Outcome {
        do throws(YAMLError) {
            return .parsed(try YAMLParser(limits: limits).parse(bytes))
        } catch {
            var error = error
            if error.kind == .empty, let emptyHint { error.hintText = emptyHint }
            return .failed(Diagnostic(file: file, yamlError: error))
        }
    }
}
