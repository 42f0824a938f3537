import Testing
import YAML
@testable import ZelfscanCore

@Suite("Dimension, item and advice rules")
struct ItemRuleTests {
    @Test(arguments: ["0", "-1"])
    func weightMustBePositive(weight: String) throws {
        let text = Fixture.editing(("    weight: 2\n", "    weight: \(weight)\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "'weight' of item 'trust.fear' is \(weight); weights must be greater than 0")
        #expect(error.hint?.contains("context module") == true)
        #expect(error.mark == (try text.mark(of: weight, after: "weight: ")))
    }

    @Test func fractionalWeightIsValid() throws {
        let text = Fixture.editing(("    weight: 2\n", "    weight: 0.5\n"))
        let result = load(text)
        #expect(result.errors.isEmpty)
        #expect(result.questionnaire?.dimensions[0].items[1].weight == 0.5)
    }

    @Test(arguments: ["0", "1.5", "-0.2"])
    func minCoverageOutsideZeroToOne(coverage: String) throws {
        let text = Fixture.editing(("min_coverage: 0.5", "min_coverage: \(coverage)"))
        let error = try load(text).onlyError()
        #expect(error.message == "'min_coverage' of dimension 'trust' is \(coverage); it must be above 0 and at most 1")
        #expect(error.mark == (try text.mark(of: coverage, after: "min_coverage: ")))
    }

    @Test func minCoverageOfOneIsValid() throws {
        let text = Fixture.editing(("min_coverage: 0.5", "min_coverage: 1"))
        let result = load(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.questionnaire?.dimensions[0].minCoverage == 1)
    }

    @Test func dimensionWithoutItems() throws {
        let text = Fixture.editing((
            """
                items:
                  - id: vision.shared
                    text: {nl: "We delen een visie.", en: "We share a vision."}
                    scale: yesno
                    show_if: {any: [{role: [police]}, {item: context.level, in: [municipal, dk]}]}

            """,
            "    items: []\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "'items' of dimension 'vision' is an empty list; it needs at least one entry")
        #expect(error.mark == (try text.mark(of: "[]", after: "id: vision")))
    }

    @Test func adviceKeyedByAnUnknownBandCode() throws {
        let text = Fixture.editing(("      developing:\n", "      developping:\n"))
        let result = load(text)
        let error = try result.onlyError()
        #expect(error.message == "the advice of dimension 'trust' is keyed by 'developping', which is not a band code; did you mean 'developing'?")
        #expect(error.mark == (try text.mark(of: "developping:")))
    }

    @Test func bandWithoutAdviceIsAWarningOnly() throws {
        let text = Fixture.editing(("  strength: [{nl: \"Deel.\", en: \"Share.\"}]\n", ""))
        let result = load(text)
        #expect(result.errors.isEmpty)
        #expect(result.questionnaire != nil)
        #expect(result.warnings.count == 1)
        let warning = try #require(result.warnings.first)
        #expect(warning.message == "dimension 'vision' has no advice for the band 'strength'")
        #expect(warning.mark == (try text.mark(of: "attention: [{nl: \"Praat.")))
    }

    @Test func dimensionWithoutAdviceWarnsPerBandAtTheDimension() throws {
        let text = Fixture.editing((
            """
                advice:
                  attention: [{nl: "Praat.", en: "Talk."}]
                  developing: [{nl: "Schrijf.", en: "Write."}]
                  strength: [{nl: "Deel.", en: "Share."}]

            """, ""))
        let result = load(text)
        #expect(result.errors.isEmpty)
        #expect(result.warnings.map(\.message) == ["attention", "developing", "strength"].map { "dimension 'vision' has no advice for the band '\($0)'" })
        #expect(result.warnings.allSatisfy { $0.mark == (try? text.mark(of: "id: vision")) })
    }

    @Test func adviceActionMustBeLocalized() throws {
        let text = Fixture.editing(("  strength: [{nl: \"Deel.\", en: \"Share.\"}]", "  strength: [Deel.]"))
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("an action in the 'strength' advice of dimension 'vision' must give a text per language"))
        #expect(error.mark == (try text.mark(of: "Deel.]")))
    }
}

@Suite("Context item rules")
struct ContextItemRuleTests {
    @Test func unknownTypeSuggestsTheClosest() throws {
        // context.level has a benchmark and is used by later conditions: neither is reported again.
        let text = Fixture.editing(("      type: single\n", "      type: singel\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "context item 'context.level' has the unknown type 'singel'; did you mean 'single'?")
        #expect(error.mark == (try text.mark(of: "singel")))
    }

    @Test func unknownTypeFarFromAnyType() throws {
        let text = Fixture.editing(("      type: text\n", "      type: essay\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "context item 'context.remarks' has the unknown type 'essay'; the types are: 'single', 'multiple', 'number', 'text'")
    }

    @Test func optionsOnANumberItem() throws {
        let text = Fixture.editing(("      min: 0\n", "      options: [{code: few, label: {nl: \"Weinig\", en: \"Few\"}}]\n      min: 0\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "'options' does not apply to the 'number' context item 'context.cases'; it is for 'single' and 'multiple' questions")
        #expect(error.mark == (try text.mark(of: "[{code: few")))
    }

    @Test func maxLengthOnAChoiceItem() throws {
        let text = Fixture.editing(("      type: multiple\n", "      type: multiple\n      max_length: 20\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "'max_length' does not apply to the 'multiple' context item 'context.partners'; it is for 'text' questions")
        #expect(error.mark == (try text.mark(of: "20", after: "max_length: ")))
    }

    @Test func benchmarkOnANumberItemIsReportedOnce() throws {
        let text = Fixture.editing(("      integer: true\n", "      integer: true\n      benchmark: ref-2022.cell-level\n"))
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("'benchmark' does not apply to the 'number' context item 'context.cases'"))
    }

    @Test func singleWithoutOptions() throws {
        let text = Fixture.editing((
            """
                  type: multiple
                  text: {nl: "Partners?", en: "Partners?"}
                  options:
                    - {code: police, label: {nl: "Politie", en: "Police"}}
                    - {code: school, label: {nl: "School", en: "School"}}

            """,
            """
                  type: single
                  text: {nl: "Partners?", en: "Partners?"}

            """))
        let error = try load(text).onlyError()
        #expect(error.message == "context item 'context.partners' is a 'single' question and needs 'options'")
        #expect(error.mark == (try text.mark(of: "id: context.partners")))
    }

    @Test func singleWithOneOption() throws {
        let text = Fixture.editing(("        - {code: school, label: {nl: \"School\", en: \"School\"}}\n", ""))
        let error = try load(text).onlyError()
        #expect(error.message == "context item 'context.partners' has one option; a choice needs at least two")
        #expect(error.mark == (try text.mark(of: "- {code: police")))
    }

    @Test func minAboveMax() throws {
        let text = Fixture.editing(("      min: 0\n", "      min: 600\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "'min' of context item 'context.cases' is above its 'max'")
        #expect(error.mark == (try text.mark(of: "600")))
    }

    @Test func maxLengthBelowOne() throws {
        let text = Fixture.editing(("max_length: 300", "max_length: 0"))
        let error = try load(text).onlyError()
        #expect(error.message == "'max_length' of context item 'context.remarks' must be at least 1")
        #expect(error.mark == (try text.mark(of: "0", after: "max_length: ")))
    }
}
