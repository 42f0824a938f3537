import Testing
import YAML
@testable import ZelfscanCore

@Suite("Languages")
struct LanguageTests {
    @Test func textMissingALanguage() throws {
        let text = Fixture.editing(("title: {nl: \"Visie\", en: \"Vision\"}", "title: {nl: \"Visie\"}"))
        let error = try load(text).onlyError()
        #expect(error.message == "the title of dimension 'vision' has no 'en' text")
        #expect(error.hint == "every text needs all declared languages: nl, en")
        #expect(error.mark == (try text.mark(of: "{nl: \"Visie\"}")))
    }

    @Test func textWithAnUndeclaredLanguage() throws {
        let text = Fixture.editing(("title: {nl: \"Visie\", en: \"Vision\"}", "title: {nl: \"Visie\", en: \"Vision\", fr: \"Vision\"}"))
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("the title of dimension 'vision' has the language 'fr', which is not in 'languages'; "))
        // Any two-letter code is two edits from any other: a suggestion would be a guess.
        #expect(error.message.hasSuffix("the declared languages are: 'nl', 'en'"))
        #expect(error.mark == (try text.mark(of: "fr:")))
    }

    @Test func misspelledLanguageIsSuggested() throws {
        let text = Fixture.editing(("title: {nl: \"Visie\", en: \"Vision\"}", "title: {nl: \"Visie\", eng: \"Vision\"}"))
        let result = load(text)
        let error = try result.error(containing: "'eng'")
        #expect(error.message.hasSuffix("did you mean 'en'?"))
        #expect(error.mark == (try text.mark(of: "eng:")))
        // The missing 'en' is the same mistake, and is not reported a second time.
        #expect(result.errors.count == 1, "\(result.errors.map(\.message))")
    }

    @Test func plainScalarWhereALocalizedTextIsExpected() throws {
        let text = Fixture.editing(("title: {nl: \"Visie\", en: \"Vision\"}", "title: Visie"))
        let error = try load(text).onlyError()
        #expect(error.message == "the title of dimension 'vision' must give a text per language, such as {nl: \"…\", en: \"…\"}; found a text or number")
        #expect(error.mark == (try text.mark(of: "Visie")))
    }

    @Test func emptyTranslation() throws {
        let text = Fixture.editing(("title: {nl: \"Visie\", en: \"Vision\"}", "title: {nl: \"Visie\", en: \"\"}"))
        let error = try load(text).onlyError()
        #expect(error.message == "the 'en' text of the title of dimension 'vision' is empty")
        #expect(error.mark == (try text.mark(of: "\"\"")))
    }

    /// The option stays usable for the conditions and the reference figure that name it, so the
    /// one broken label is the only error.
    @Test func brokenOptionLabelIsReportedOnce() throws {
        let text = Fixture.editing(("{code: zone, label: {nl: \"Zone\", en: \"Zone\"}}", "{code: zone, label: {nl: \"Zone\"}}"))
        let error = try load(text).onlyError()
        #expect(error.message == "the label of 'zone' in context item 'context.level' has no 'en' text")
        #expect(error.mark == (try text.mark(of: "{nl: \"Zone\"}")))
    }

    @Test func brokenScaleLabelIsReportedOnce() throws {
        let text = Fixture.editing(("{value: 3, label: {nl: \"Neutraal\", en: \"Neutral\"}}", "{value: 3, label: {nl: \"Neutraal\", de: \"Neutral\"}}"))
        let result = load(text)
        // 'de' is not a declared language, and 'en' is missing: two errors on the label, none elsewhere
        // (trust.fear's condition compares with 3).
        #expect(result.errors.count == 2, "\(result.errors.map(\.message))")
        #expect(result.errors.allSatisfy { $0.message.hasPrefix("the label of value 3 in scale 'agree5'") })
    }

    @Test func brokenMissingLabelIsReportedOnce() throws {
        let text = Fixture.editing(("        - {code: dk, label: {nl: \"Weet niet\", en: \"Don't know\"}}\n      benchmark",
                                    "        - {code: dk, label: {nl: \"Weet niet\", en: \"\"}}\n      benchmark"))
        let result = load(text)
        // vision.shared's condition compares context.level with dk: not reported again.
        let error = try result.onlyError()
        #expect(error.message == "the 'en' text of the label of 'dk' in context item 'context.level' is empty")
    }

    @Test func invalidLanguageCode() throws {
        let text = Fixture.editing(("languages: [nl, en]", "languages: [nl, en, NL]"))
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("'NL' is not a language code"))
        #expect(error.mark == (try text.mark(of: "NL")))
    }

    @Test func everyTextNeedsAnAddedLanguage() throws {
        let text = Fixture.editing(("languages: [nl, en]", "languages: [nl, en, fr]"))
        let result = load(text)
        #expect(result.questionnaire == nil)
        #expect(!result.errors.isEmpty)
        // Each file reports its first 20 problems and counts the rest (DiagnosticLog's limit).
        let expected = { (message: String) in message.hasSuffix("has no 'fr' text") || message.hasSuffix("more problem(s) in this file not shown") }
        #expect(result.errors.allSatisfy { expected($0.message) }, "\(result.errors.filter { !expected($0.message) }.map(\.message))")
        // The questionnaire's own texts and the reference-figure file's are all reported.
        #expect(result.errors.contains { $0.file == Fixture.benchmarkPath })
        #expect(result.errors.contains { $0.line == (try? text.line(of: "title: {nl: \"Testscan\"")) })
    }
}
