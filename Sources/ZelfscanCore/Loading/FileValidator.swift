import YAML

/// What `zelfscan validate` does with one file: tell a questionnaire from a reference-figure file
/// by its keys, and check it as what it is.
public struct FileValidator: Sendable {
    public enum Kind: Sendable, Equatable {
        case questionnaire
        case referenceFigures
    }

    public struct Outcome: Sendable {
        public var kind: Kind
        /// In reading order.
        public var diagnostics: [Diagnostic]
        public var sources: [String: String]

        public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    }

    public var limits: ParserLimits

    public init(limits: ParserLimits = .default) {
        self.limits = limits
    }

    public func validate(file: String, bytes: [UInt8], readFile: QuestionnaireLoader.ReadFile) -> Outcome {
        if let root = try? YAMLParser(limits: limits).parse(bytes), Self.isReferenceFigureFile(root) {
            var decoder = ReferenceFigureDecoder(file: file, languages: [])
            _ = decoder.decode(root)
            return Outcome(kind: .referenceFigures, diagnostics: decoder.reader.log.diagnostics.inReadingOrder(),
                           sources: [file: String(decoding: bytes, as: UTF8.self)])
        }
        let result = QuestionnaireLoader(limits: limits).load(file: file, bytes: bytes, readFile: readFile)
        return Outcome(kind: .questionnaire, diagnostics: result.diagnostics.inReadingOrder(), sources: result.sources)
    }

    /// A reference-figure file has `source` and `figures` and none of a questionnaire's sections.
    /// Checked on its own, its texts are not held to a language list: that happens when a
    /// questionnaire that uses it is validated.
    static func isReferenceFigureFile(_ root: Node) -> Bool {
        guard let keys = root.mapping?.compactMap({ $0.key.scalar?.text }) else { return false }
        return keys.contains("figures") && keys.contains("source") && !keys.contains("dimensions")
    }
}
