import Testing
import YAML
@testable import ZelfscanCore

/// Dutch is the users' language: every diagnostic the validator gives must have its own Dutch
/// wording, not the English passed through.
@Suite("Diagnostics in Dutch")
struct DutchMessageTests {
    /// Broken variants that together reach every family of messages.
    static let variants: [(String, String)] = [
        ("        help: {nl: \"Uitleg\"", "        helpp: {nl: \"Uitleg\""),
        ("privacy: {nl: \"Geen namen\", en: \"No names\"}", "privacy: {nl: \"Geen namen\"}"),
        ("privacy: {nl: \"Geen namen\", en: \"No names\"}", "privacy: {nl: \"Geen namen\", en: \"No names\", fr: \"x\"}"),
        ("{from: 50, to: 75, code: developing,", "{from: 60, to: 75, code: developing,"),
        ("{from: 50, to: 75, code: developing,", "{from: 40, to: 75, code: developing,"),
        ("{id: prevention, group: social,", "{id: prevention, group: socail,"),
        ("        scale: yesno\n", "        scale: yes-no\n"),
        ("        weight: 2\n", "        weight: 0\n"),
        ("        weight: 2\n", "        weight: \"2\"\n"),
        ("        reverse: true\n", "        reverse: yes\n"),
        ("    min_coverage: 0.5\n", "    min_coverage: 1.5\n"),
        ("show_if: {item: trust.share, at_least: 3}", "show_if: {item: vision.shared, equals: 1}"),
        ("show_if: {item: trust.share, at_least: 3}", "show_if: {item: trust.shar, equals: 1}"),
        ("show_if: {item: trust.share, at_least: 3}", "show_if: {item: trust.share, equals: 4}"),
        ("show_if: {item: trust.share, at_least: 3}", "show_if: {item: trust.share, at_least: 9}"),
        ("show_if: {item: trust.share, at_least: 3}", "show_if: {role: [mayor]}"),
        ("show_if: {item: trust.share, at_least: 3}", "show_if: {equals: 3}"),
        ("benchmark: ref-2022.cell-level", "benchmark: ref-2020.cell-level"),
        ("benchmark: ref-2022.cell-level", "benchmark: ref-2022.cell-levels"),
        ("      type: text\n", "      type: txt\n"),
        ("      max_length: 300\n", "      max_length: 300\n      min: 1\n"),
        ("      strength:\n        - {nl: \"Houd vol.\"", "      strong:\n        - {nl: \"Houd vol.\""),
        ("  - id: vision\n", "  - id: trust\n"),
        ("format: 1\nid: test-scan", "format: 3\nid: test-scan"),
        ("version: \"1.0\"\n", "version: [1]\n"),
        ("  yesno:\n    options:\n", "  yesno:\n\toptions:\n"),
    ]

    @Test func everyDiagnosticHasItsOwnDutchText() throws {
        var seen = 0
        for (old, new) in Self.variants {
            let result = load(Fixture.editing((old, new)))
            #expect(!result.errors.isEmpty, "no error for \(new)")
            for diagnostic in result.diagnostics {
                seen += 1
                #expect(!diagnostic.text.nl.isEmpty)
                #expect(diagnostic.text.nl != diagnostic.text.en, "not translated: \(diagnostic.text.en)")
                if let hint = diagnostic.hintText {
                    #expect(hint.nl != hint.en, "hint not translated: \(hint.en)")
                }
                for note in diagnostic.notes {
                    #expect(note.text.nl != note.text.en, "note not translated: \(note.text.en)")
                }
            }
        }
        #expect(seen >= Self.variants.count)
    }

    @Test func figureFileProblemsAreDutchToo() throws {
        let figures = Fixture.editingBenchmark(("      zone: 30\n", "      zone: 130\n"))
        let error = try load(Fixture.questionnaire, benchmark: figures).onlyError()
        #expect(error.text.nl == "het percentage voor 'zone' in 'values' van cijfer 'cell-level' is 130; het moet tussen 0 en 100 liggen")
    }

    @Test func parserErrorsAreDutchToo() throws {
        let error = try load("a:\n  b: 1\n c: 2\n").onlyError()
        #expect(error.text.nl == "de verwachte sleutel ontbreekt")
        #expect(error.notes.first?.text.nl == "bij het lezen van de mapping die hier begint")
    }
}
