import YAML

/// Reads and validates a questionnaire and its reference-figure files.
///
/// File access is passed in, so the loader can be used on files, bundled resources or test text.
public struct QuestionnaireLoader: Sendable {
    /// Reads a file given its path; throws a `FileReadError` when it cannot.
    public typealias ReadFile = @Sendable (String) throws -> [UInt8]

    public struct Result: Sendable {
        /// Nil when any error was found.
        public var questionnaire: Questionnaire?
        /// Every problem, errors and warnings, in the order found per file.
        public var diagnostics: [Diagnostic]
        /// The text of each file read, for excerpts in messages.
        public var sources: [String: String]
    }

    public var limits: ParserLimits

    public init(limits: ParserLimits = .default) {
        self.limits = limits
    }

    /// What an empty file of this kind should have held.
    static let emptyFileHint = Phrase(en: "a questionnaire starts with keys such as 'id:' and 'version:'; see docs/questionnaire-format.md",
                                      nl: "een vragenlijst begint met sleutels zoals 'id:' en 'version:'; zie docs/questionnaire-format.md")

    public func load(file: String, bytes: [UInt8], readFile: ReadFile) -> Result {
        var sources = [file: String(decoding: bytes, as: UTF8.self)]
        let root: Node
        switch ParsedFile.parse(bytes, file: file, limits: limits, emptyHint: Self.emptyFileHint) {
        case .parsed(let node): root = node
        case .failed(let diagnostic): return Result(questionnaire: nil, diagnostics: [diagnostic], sources: sources)
        }
        var decoder = QuestionnaireDecoder(file: file)
        guard let fields = decoder.topLevel(root) else {
            return Result(questionnaire: nil, diagnostics: decoder.reader.log.diagnostics, sources: sources)
        }
        let languages = decoder.languages(fields)
        var figureDiagnostics: [Diagnostic] = []
        for declaration in decoder.benchmarkDeclarations(fields) {
            let path = Self.resolve(declaration.path, relativeTo: file)
            let figureBytes: [UInt8]
            do {
                figureBytes = try readFile(path)
            } catch let error as YAMLError {
                figureDiagnostics.append(Diagnostic(file: path, yamlError: error))
                continue
            } catch {
                let reason = (error as? FileReadError)?.text ?? Phrase(en: "\(error)", nl: "\(error)")
                decoder.reader.log.error(Phrase(en: "cannot read the benchmark file '\(declaration.path)' (\(path)): \(reason.en)",
                                                nl: "kan het bestand met referentiecijfers '\(declaration.path)' (\(path)) niet lezen: \(reason.nl)"),
                                         at: declaration.fileNode.mark,
                                         hint: Phrase(en: "the path is relative to the questionnaire file", nl: "het pad is relatief ten opzichte van het vragenlijstbestand"))
                continue
            }
            sources[path] = String(decoding: figureBytes, as: UTF8.self)
            let figureRoot: Node
            switch ParsedFile.parse(figureBytes, file: path, limits: limits) {
            case .parsed(let node): figureRoot = node
            case .failed(let diagnostic):
                figureDiagnostics.append(diagnostic)
                continue
            }
            var figures = ReferenceFigureDecoder(file: path, languages: languages)
            let set = figures.decode(figureRoot)
            figureDiagnostics.append(contentsOf: figures.reader.log.diagnostics)
            guard let set else { continue }
            if set.id != declaration.id {
                decoder.reader.log.error(Phrase(en: "the benchmark '\(declaration.id)' points to '\(declaration.path)', whose id is '\(set.id)'",
                                                nl: "de bron '\(declaration.id)' verwijst naar '\(declaration.path)', waarvan de id '\(set.id)' is"),
                                         at: declaration.fileNode.mark,
                                         hint: Phrase(en: "use the same id in both places", nl: "gebruik op beide plaatsen dezelfde id"))
                continue
            }
            decoder.figureSets[declaration.id] = (set, path, figures.categoryMarks)
        }
        let questionnaire = decoder.decode(fields, languages: languages)
        let diagnostics = decoder.reader.log.diagnostics + figureDiagnostics
        let valid = !diagnostics.contains { $0.severity == .error }
        return Result(questionnaire: valid ? questionnaire : nil, diagnostics: diagnostics, sources: sources)
    }

    /// `relative` resolved against the folder of `file`, kept relative when `file` is.
    static func resolve(_ relative: String, relativeTo file: String) -> String {
        if relative.hasPrefix("/") { return relative }
        guard let slash = file.lastIndex(of: "/") else { return relative }
        return String(file[...slash]) + relative
    }
}
