import Testing
import YAML
@testable import ZelfscanCore

/// What the fuzz targets of `Fuzz/` do with an input (docs/fuzzing.md), run here over seed files
/// and every kind of cut-off copy of them, so a trap or a diagnostic that points outside its
/// file fails the ordinary test suite and not only a fuzzing run.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let questionnaireFile = "fuzz.yaml"
    static let responseFile = "responses/2026/R-FUZZ00.yaml"

    /// The bytes cut at every `step`-th offset, from nothing to the whole, with the cut in the
    /// middle of multi-byte letters and lines as it falls.
    static func cuts(of bytes: [UInt8], step: Int) -> [[UInt8]] {
        Array(stride(from: 0, to: bytes.count, by: step).map { Array(bytes[..<$0]) }) + [bytes]
    }

    /// True when line and column point at a character of `text` or just past the end of a line,
    /// counting columns in Unicode scalars as the YAML layer does. libyaml ends every stream with
    /// a line break of its own, so a problem at the end of a text without a final newline sits
    /// at column 1 of the line after the last.
    static func isInside(line: Int, column: Int, of text: String) -> Bool {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        if line == lines.count + 1 && column == 1 { return true }
        guard line >= 1, line <= lines.count else { return false }
        return column >= 1 && column <= lines[line - 1].count + 1
    }

    /// The questionnaire target: benchmark files are never found.
    static func loadQuestionnaire(_ bytes: [UInt8]) -> QuestionnaireLoader.Result {
        QuestionnaireLoader().load(file: questionnaireFile, bytes: bytes) { path in
            throw FileReadError(path: path, reason: .notFound)
        }
    }

    static func responseLoader() throws -> ResponseLoader {
        let questionnaire = try #require(BundledQuestionnaire.load().questionnaire)
        return ResponseLoader(questionnaire: questionnaire, questionnaireSHA256: BundledQuestionnaire.sha256)
    }

    /// Every diagnostic, and each of its notes, sits inside the file it names, and renders in both
    /// languages headed by that place, as the fuzz targets render them.
    static func expectLocated(_ diagnostics: [Diagnostic], sources: [String: String], input: Int) {
        for diagnostic in diagnostics {
            let text = sources[diagnostic.file] ?? ""
            #expect(isInside(line: diagnostic.line, column: diagnostic.column, of: text),
                    "cut at \(input) bytes: \(diagnostic.line):\(diagnostic.column) lies outside \(diagnostic.file): \(diagnostic.message)")
            for note in diagnostic.notes {
                #expect(isInside(line: note.line, column: note.column, of: text),
                        "cut at \(input) bytes: note \(note.line):\(note.column) lies outside \(diagnostic.file): \(note.message)")
            }
            for language in Language.allCases {
                let rendered = DiagnosticRenderer(sources: sources, language: language).render(diagnostic)
                #expect(rendered.hasPrefix("\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): "))
            }
        }
    }

    @Test func yamlLayerOnCutOffQuestionnaire() throws {
        let bytes = try #require(BundledQuestionnaire.bytes(BundledQuestionnaire.file))
        for input in Self.cuts(of: bytes, step: 257) {
            do {
                let node = try YAMLParser().parse(input)
                _ = try YAMLEmitter().emit(node)
            } catch let error as YAMLError {
                let text = String(decoding: input, as: UTF8.self)
                #expect(Self.isInside(line: error.mark.line, column: error.mark.column, of: text),
                        "cut at \(input.count) bytes: \(error.mark.line):\(error.mark.column) lies outside the text: \(error.message)")
            }
        }
    }

    @Test func questionnaireSeedReachesTheEndWithOnlyTheMissingBenchmark() throws {
        let bytes = try #require(BundledQuestionnaire.bytes(BundledQuestionnaire.file))
        let result = Self.loadQuestionnaire(bytes)
        #expect(result.questionnaire == nil)
        #expect(result.diagnostics.filter { $0.severity == .error }.count == 1)
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning || $0.message.contains("cannot read the benchmark file") })
    }

    @Test func questionnaireLoaderOnCutOffQuestionnaire() throws {
        let bytes = try #require(BundledQuestionnaire.bytes(BundledQuestionnaire.file))
        for input in Self.cuts(of: bytes, step: 1009) {
            let result = Self.loadQuestionnaire(input)
            #expect(result.questionnaire == nil)
            #expect(result.diagnostics.contains { $0.severity == .error })
            Self.expectLocated(result.diagnostics, sources: result.sources, input: input.count)
        }
    }

    @Test func responseLoaderOnCutOffDemoResponses() throws {
        let loader = try Self.responseLoader()
        let cells = DemoDataGenerator(questionnaire: loader.questionnaire, seed: 2026, municipalities: 1, years: 1,
                                      firstYear: 2026, questionnaireSHA256: BundledQuestionnaire.sha256).generate()
        let responses = try #require(cells.first?.responses.prefix(2))
        #expect(responses.count == 2)
        for response in responses {
            let bytes = Array(try ResponseEncoder().encode(response, questionnaire: loader.questionnaire).utf8)
            let whole = loader.load(file: Self.responseFile, bytes: bytes)
            #expect(whole.response == response, "\(whole.diagnostics.map(\.message))")
            for input in Self.cuts(of: bytes, step: 97) {
                let result = loader.load(file: Self.responseFile, bytes: input)
                Self.expectLocated(result.diagnostics, sources: result.sources, input: input.count)
            }
        }
    }
}
