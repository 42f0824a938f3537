import Testing
import YAML
@testable import ZelfscanCore

@Suite("Whole-file runs")
struct WholeFileTests {
    /// Ten mistakes of ten kinds, each on its own line: every one reported once, in one run.
    @Test func tenMistakesGiveTenErrors() throws {
        let text = Fixture.editing(
            ("format: 1\n", "format: 3\n"),
            ("title: {nl: \"Testscan\", en: \"Test scan\"}", "title: {nl: \"Testscan\"}"),
            ("{id: prevention, group: social,", "{id: prevention, group: socail,"),
            ("  - {from: 50, to: 75, code: developing,", "  - {from: 55, to: 75, code: developing,"),
            ("show_if: {item: context.level, equals: zone}", "show_if: {item: trust.fear, answered: true}"),
            ("        help: {nl: \"Uitleg\"", "        helpp: {nl: \"Uitleg\""),
            ("    weight: 2\n", "    weight: \"2\"\n"),
            ("    reverse: true\n", "    reverse: yes\n"),
            ("min_coverage: 0.5", "min_coverage: 1.5"),
            ("        scale: yesno\n", "        scale: yes-no\n"))
        let result = load(text)
        let expected: [(line: Int, fragment: String)] = [
            (try text.line(of: "format: 3"), "format 3 is not supported"),
            (try text.line(of: "title: {nl: \"Testscan\"}"), "'title' has no 'en' text"),
            (try text.line(of: "socail"), "unknown role group 'socail'"),
            (try text.line(of: "{from: 55"), "bands leave a gap"),
            (try text.line(of: "{item: trust.fear"), "which is asked later"),
            (try text.line(of: "helpp"), "unknown key 'helpp'"),
            (try text.line(of: "weight: \"2\""), "quoted text '2'"),
            (try text.line(of: "reverse: yes"), "must be true or false"),
            (try text.line(of: "min_coverage: 1.5"), "'min_coverage' of dimension 'trust' is 1.5"),
            (try text.line(of: "yes-no"), "unknown scale 'yes-no'"),
        ]
        #expect(result.errors.count == 10, "\(result.errors.map { "\($0.line): \($0.message)" })")
        #expect(Set(result.errors.map(\.line)).count == result.errors.count)
        for (line, fragment) in expected {
            let matching = result.errors.filter { $0.line == line && $0.message.contains(fragment) }
            #expect(matching.count == 1, "line \(line): \(fragment)")
        }
        #expect(result.errors.allSatisfy { $0.file == Fixture.file })
        #expect(result.questionnaire == nil)
    }

    @Test func diagnosticsRenderWithFileLineAndColumn() throws {
        let text = Fixture.editing(("        help: {nl: \"Uitleg\"", "        helpp: {nl: \"Uitleg\""))
        let result = load(text)
        let error = try result.onlyError()
        let rendered = DiagnosticRenderer(sources: result.sources, language: .en).render(error)
        let mark = try text.mark(of: "helpp")
        #expect(rendered.hasPrefix("\(Fixture.file):\(mark.line):\(mark.column): error: unknown key 'helpp' in an item; did you mean 'help'?"))
        #expect(rendered.contains("  | " + String(repeating: " ", count: mark.column - 1) + "^"))
    }

    @Test func diagnosticsRenderInDutchByDefaultLanguage() throws {
        let text = Fixture.editing(("        help: {nl: \"Uitleg\"", "        helpp: {nl: \"Uitleg\""))
        let result = load(text)
        let error = try result.onlyError()
        let rendered = DiagnosticRenderer(sources: result.sources, language: .nl).render(error)
        let mark = try text.mark(of: "helpp")
        #expect(rendered.hasPrefix("\(Fixture.file):\(mark.line):\(mark.column): fout: onbekende sleutel 'helpp' in een item; bedoelt u 'help'?"))
    }
}

@Suite("YAML-layer errors as diagnostics")
struct YAMLLayerTests {
    @Test func tabIndentationGivesOneLocatedError() throws {
        let text = Fixture.editing(("  yesno:\n    options:\n", "  yesno:\n\toptions:\n"))
        let result = load(text)
        let error = try result.onlyError()
        #expect(error.file == Fixture.file)
        #expect(error.line == (try text.line(of: "\toptions")))
        #expect(error.message.contains("tab"))
        #expect(result.questionnaire == nil)
    }

    @Test func emptyFile() throws {
        let error = try load("").onlyError()
        #expect(error.file == Fixture.file)
        #expect(error.message == "the file is empty")
        #expect(error.mark == Mark(line: 1, column: 1))
    }

    @Test func invalidUTF8() throws {
        let bytes = Array("format: 1\nid: caf".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let result = QuestionnaireLoader().load(file: Fixture.file, bytes: bytes) { throw FileReadError(path: $0, reason: .notFound) }
        let error = try result.onlyError()
        #expect(error.file == Fixture.file)
        #expect(error.line == 2)
        #expect(error.message.contains("UTF-8"))
    }

    @Test func badIndentation() throws {
        let text = Fixture.editing(("    min_coverage: 0.5\n", "   min_coverage: 0.5\n"))
        let error = try load(text).onlyError()
        #expect(error.file == Fixture.file)
        #expect(error.line == (try text.line(of: "min_coverage")))
    }

    @Test func tooLargeFileIsRefused() throws {
        var limits = ParserLimits.default
        limits.maxBytes = 100
        let result = QuestionnaireLoader(limits: limits).load(file: Fixture.file, bytes: Array(Fixture.questionnaire.utf8)) { _ in [] }
        let error = try result.onlyError()
        #expect(error.message.contains("limit"))
    }
}

@Suite("Excerpts of files with Windows line endings")
struct WindowsLineEndingTests {
    @Test func excerptAndCaretForACRLFFile() throws {
        let text = Fixture.editing(("        help: {nl: \"Uitleg\"", "        helpp: {nl: \"Uitleg\"")).replacingOccurrences(of: "\n", with: "\r\n")
        let result = load(text)
        let error = try result.onlyError()
        let rendered = DiagnosticRenderer(sources: result.sources, language: .en).render(error)
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count >= 3)
        #expect(lines[1] == "  |         helpp: {nl: \"Uitleg\", en: \"Explanation\"}")
        #expect(lines[2] == "  |         ^")
    }
}
