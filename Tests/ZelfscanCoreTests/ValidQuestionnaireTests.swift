import Foundation
import Testing
import YAML
@testable import ZelfscanCore

/// Every localized text anywhere in a value, found by walking its stored properties, so a text
/// added to the model later is checked without changing this test.
func localizedTexts(in value: Any, path: String = "questionnaire") -> [(path: String, text: LocalizedText)] {
    if let text = value as? LocalizedText { return [(path, text)] }
    var found: [(String, LocalizedText)] = []
    for (index, child) in Mirror(reflecting: value).children.enumerated() {
        found += localizedTexts(in: child.value, path: path + "." + (child.label ?? "\(index)"))
    }
    return found
}

@Suite("Valid questionnaires")
struct ValidQuestionnaireTests {
    @Test func baselineLoadsWithoutDiagnostics() throws {
        let result = load(Fixture.questionnaire)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let questionnaire = try #require(result.questionnaire)
        #expect(questionnaire.id == "test-scan")
        #expect(questionnaire.version == "1.0")
        #expect(questionnaire.languages == ["nl", "en"])
        #expect(questionnaire.scales.map(\.id) == ["agree5", "yesno"])
        #expect(questionnaire.bands.map(\.code) == ["attention", "developing", "strength"])
        #expect(questionnaire.roles.map(\.group) == ["security", "social"])
        #expect(questionnaire.context?.items.map(\.kind) == [.single, .multiple, .number, .text])
        #expect(questionnaire.dimensions.map(\.id) == ["trust", "vision"])
        #expect(questionnaire.dimensions[0].minCoverage == 0.5)
        #expect(questionnaire.dimensions[1].minCoverage == 0.6)
        let fear = questionnaire.dimensions[0].items[1]
        #expect(fear.reverse && fear.weight == 2)
        #expect(fear.showIf == .range(item: "trust.share", atLeast: 3, atMost: nil))
        let shared = questionnaire.dimensions[1].items[0]
        #expect(!shared.reverse && shared.weight == 1)
        #expect(shared.showIf == .any([.role(["police"]), .oneOf(item: "context.level", values: [.code("municipal"), .code("dk")])]))
        let cases = try #require(questionnaire.context?.items[2])
        #expect(cases.minimum == 0 && cases.maximum == 500 && cases.integer)
        #expect(cases.showIf == .equals(item: "context.level", value: .code("zone")))
        #expect(questionnaire.context?.items[3].maxLength == 300)
        #expect(questionnaire.context?.items[0].benchmark == FigureReference(source: "ref-2022", figure: "cell-level"))
        let figures = try #require(questionnaire.referenceFigures.first)
        #expect(figures.synthetic)
        #expect(figures.figures.first?.values.map(\.category) == ["municipal", "zone"])
        #expect(figures.figures.first?.otherValues.map(\.category) == ["none"])
        #expect(result.sources[Fixture.benchmarkPath] == Fixture.benchmark)
    }

    @Test func baselineHasEveryTextInEveryLanguage() throws {
        let questionnaire = try #require(load(Fixture.questionnaire).questionnaire)
        let texts = localizedTexts(in: questionnaire)
        #expect(texts.count > 40)
        for (path, text) in texts {
            #expect(Set(text.translations.keys) == ["nl", "en"], "\(path)")
        }
    }

    /// `no` is a valid id and must stay the text "no"; `1.10` stays the text "1.10", not 1.1.
    @Test func plainScalarsStayText() throws {
        let text = Fixture.editing(("id: test-scan", "id: no"), ("version: \"1.0\"", "version: 1.10"))
        let result = load(text)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let questionnaire = try #require(result.questionnaire)
        #expect(questionnaire.id == "no")
        #expect(questionnaire.version == "1.10")
    }

    @Test func outlineOfTheBaselineInBothLanguages() throws {
        let questionnaire = try #require(load(Fixture.questionnaire).questionnaire)
        let dutch = QuestionnaireOutline(questionnaire: questionnaire, language: .nl).render()
        let english = QuestionnaireOutline(questionnaire: questionnaire, language: .en).render()
        #expect(dutch.contains("Dimensie 1: Vertrouwen (trust)"))
        #expect(english.contains("Dimension 2: Vision (vision)"))
        #expect(english.contains("trust.fear [agree5, reverse-keyed, weight 2]"))
        #expect(english.contains("only if: trust.share ≥ 3"))
        #expect(english.contains("only if: (role in [police] or context.level in [municipal, dk])"))
        #expect(english.contains("reference figure: ref-2022.cell-level (Tester 2022, Tabel 1, n = 100)"))
    }
}

@Suite("The bundled LIVC-R questionnaire")
struct BundledQuestionnaireTests {
    /// `questionnaires/livc-r.yaml`, three folders up from this file.
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("questionnaires/livc-r.yaml").path

    /// 2026.1 as archived: the fixture of tests built on its item ids and content, which stay
    /// true whatever the current version says.
    static let archivedPath = URL(fileURLWithPath: path).deletingLastPathComponent()
        .appendingPathComponent("archive/livc-r-2026.1.yaml").path

    static func loadBundled() throws -> QuestionnaireLoader.Result {
        try load(path)
    }

    static func loadArchived() throws -> QuestionnaireLoader.Result {
        try load(archivedPath)
    }

    private static func load(_ file: String) throws -> QuestionnaireLoader.Result {
        let read: QuestionnaireLoader.ReadFile = { Array(try Data(contentsOf: URL(fileURLWithPath: $0))) }
        return QuestionnaireLoader().load(file: file, bytes: try read(file), readFile: read)
    }

    @Test func loadsWithoutErrors() throws {
        let result = try Self.loadBundled()
        #expect(result.errors.isEmpty, "\(result.errors.map { "\($0.line):\($0.column): \($0.message)" })")
        #expect(result.questionnaire != nil)
    }

    /// The four key factors, each with a reverse-keyed statement, then the case flow (2026.2).
    @Test func hasTheFourKeyFactorsAndTheCaseFlowOfSixToTwelveItems() throws {
        let questionnaire = try #require(try Self.loadBundled().questionnaire)
        #expect(questionnaire.id == "livc-r")
        #expect(questionnaire.languages == ["nl", "en"])
        #expect(questionnaire.dimensions.map(\.id) == ["trust", "information-sharing", "coordinator", "shared-vision", "case-flow"])
        for dimension in questionnaire.dimensions {
            #expect((6...12).contains(dimension.items.count), "\(dimension.id) has \(dimension.items.count) items")
            if dimension.id != "case-flow" {
                #expect(dimension.items.contains { $0.reverse }, "\(dimension.id) has no reverse-keyed item")
            }
        }
    }

    @Test func everyTextHasDutchAndEnglish() throws {
        let questionnaire = try #require(try Self.loadBundled().questionnaire)
        let texts = localizedTexts(in: questionnaire)
        #expect(texts.count > 100)
        for (path, text) in texts {
            #expect(Set(text.translations.keys) == ["nl", "en"], "\(path)")
            #expect(text.translations.values.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).isEmpty }, "\(path)")
        }
    }

    @Test func outlineRendersInBothLanguages() throws {
        let questionnaire = try #require(try Self.loadBundled().questionnaire)
        let dutch = QuestionnaireOutline(questionnaire: questionnaire, language: .nl).render()
        let english = QuestionnaireOutline(questionnaire: questionnaire, language: .en).render()
        #expect(dutch.contains("Dimensie 1:"))
        #expect(dutch.contains("Zelfevaluatie LIVC-R"))
        #expect(!dutch.contains("Dimension "))
        #expect(english.contains("Dimension 4:"))
        #expect(english.contains("LIVC-R self-evaluation"))
        #expect(!english.contains("Dimensie"))
    }
}
