import Testing
import YAML
@testable import ZelfscanCore

/// Rules added after the first review of the validator: conditions that can never hold,
/// reference-figure consistency, and no false alarms after a broken band.
@Suite("Further validation rules")
struct FurtherRuleTests {
    @Test func atLeastAboveTheScaleCanNeverHold() throws {
        let text = Fixture.editing(("show_if: {item: trust.share, at_least: 3}", "show_if: {item: trust.share, at_least: 7}"))
        let error = try load(text).onlyError()
        #expect(error.message == "the condition of 'trust.fear' asks for at least 7, but 'trust.share' goes up to 5; the condition can never hold")
        #expect(error.mark == (try text.mark(of: "7}")))
    }

    @Test func atMostBelowTheScaleCanNeverHold() throws {
        let text = Fixture.editing(("show_if: {item: trust.share, at_least: 3}", "show_if: {item: trust.share, at_most: 0}"))
        let error = try load(text).onlyError()
        #expect(error.message.contains("asks for at most 0, but 'trust.share' starts at 1"))
    }

    @Test func wholeNumberItemWithDecimalBound() throws {
        let text = Fixture.editing(("      max: 500\n", "      max: 500.5\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "'max' of context item 'context.cases' is 500.5, but the item asks for a whole number")
        #expect(error.mark == (try text.mark(of: "500.5")))
    }

    @Test func stringTaggedNumberIsRefused() throws {
        let text = Fixture.editing(("        weight: 2\n", "        weight: !!str 2\n"))
        let error = try load(text).onlyError()
        #expect(error.message.contains("must be a number, found the quoted text '2'"))
        #expect(error.hint == "remove the !!str tag")
    }

    @Test func sourceIdWithADotCanBeReferenced() throws {
        let text = Fixture.editing(
            ("{id: ref-2022, file: benchmarks/ref-2022.yaml}", "{id: ref.2022, file: benchmarks/ref-2022.yaml}"),
            ("benchmark: ref-2022.cell-level", "benchmark: ref.2022.cell-level"))
        let figures = Fixture.editingBenchmark(("id: ref-2022\n", "id: ref.2022\n"))
        let result = load(text, benchmark: figures)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let item = try #require(result.questionnaire?.context?.items.first)
        #expect(item.benchmark == FigureReference(source: "ref.2022", figure: "cell-level"))
    }

    @Test func otherValueThatTheItemOffers() throws {
        let text = Fixture.editing(
            ("        - {code: zone, label: {nl: \"Zone\", en: \"Zone\"}}\n",
             "        - {code: zone, label: {nl: \"Zone\", en: \"Zone\"}}\n        - {code: none, label: {nl: \"Geen\", en: \"None\"}}\n"))
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("figure 'ref-2022.cell-level' lists 'none' under 'other_values'"))
        #expect(error.hint == "move 'none' to the figure's 'values' so it is shown beside the answer")
    }

    @Test func categoryUnderValuesAndOtherValues() throws {
        let figures = Fixture.editingBenchmark(("      none: 10\n", "      none: 10\n      zone: 30\n"))
        let result = load(Fixture.questionnaire, benchmark: figures)
        let error = try result.onlyError()
        #expect(error.message == "'zone' of figure 'cell-level' is under both 'values' and 'other_values'; keep it in one")
        #expect(error.file == Fixture.benchmarkPath)
    }

    @Test func unusedBenchmarkSourceIsAWarning() throws {
        let text = Fixture.editing(("      benchmark: ref-2022.cell-level\n", ""))
        let result = load(text)
        #expect(result.errors.isEmpty)
        let warning = try #require(result.warnings.first { $0.message.contains("declared but no context item refers to it") })
        #expect(warning.mark == (try text.mark(of: "ref-2022", after: "benchmarks:")))
        #expect(result.questionnaire != nil)
    }

    @Test func brokenBandDoesNotCauseAFalseGap() throws {
        let text = Fixture.editing(("{from: 50, to: 75, code: developing,", "{from: fifty, to: 75, code: developing,"))
        let error = try load(text).onlyError()
        #expect(error.message.contains("'from' of band 'developing' must be a number"))
    }

    @Test func duplicateScaleValuePointsAtTheFirst() throws {
        let text = Fixture.editing(("{value: 3, label: {nl: \"Neutraal\"", "{value: 1, label: {nl: \"Neutraal\""))
        let error = try load(text).onlyError()
        let first = try text.mark(of: "1, label: {nl: \"Oneens\"")
        #expect(error.notes.map(\.mark) == [first])
        #expect(error.notes.map(\.message) == ["first use of the value 1"])
    }
}

@Suite("Exclusive options")
struct ExclusiveOptionTests {
    @Test func exclusiveOptionOfAMultipleQuestionIsKept() throws {
        let text = Fixture.editing(("        - {code: school, label: {nl: \"School\", en: \"School\"}}\n",
                                    "        - {code: school, label: {nl: \"School\", en: \"School\"}}\n        - {code: none, label: {nl: \"Geen\", en: \"None\"}, exclusive: true}\n"))
        let result = load(text)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let partners = try #require(result.questionnaire?.context?.items.first { $0.id == "context.partners" })
        #expect(partners.options.map(\.exclusive) == [false, false, true])
    }

    @Test func exclusiveOnASingleQuestionIsAnError() throws {
        let text = Fixture.editing(("        - {code: zone, label: {nl: \"Zone\", en: \"Zone\"}}\n",
                                    "        - {code: zone, label: {nl: \"Zone\", en: \"Zone\"}, exclusive: true}\n"))
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("'exclusive' of option 'zone' only applies to 'multiple' questions"))
        #expect(error.mark == (try text.mark(of: "true}", after: "code: zone")))
    }
}

@Suite("Approximate figures")
struct ApproximateFigureTests {
    @Test func listedCategoriesAreApproximate() throws {
        let figures = Fixture.editingBenchmark(("      none: 10\n", "      none: 10\n    approximate: [zone]\n"))
        let result = load(Fixture.questionnaire, benchmark: figures)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let figure = try #require(result.questionnaire?.referenceFigures.first?.figure("cell-level"))
        #expect(figure.values.map(\.approximate) == [false, true])
        #expect(figure.otherValues.map(\.approximate) == [false])
    }

    @Test func trueMarksEveryValue() throws {
        let figures = Fixture.editingBenchmark(("      none: 10\n", "      none: 10\n    approximate: true\n"))
        let figure = try #require(load(Fixture.questionnaire, benchmark: figures).questionnaire?.referenceFigures.first?.figure("cell-level"))
        #expect((figure.values + figure.otherValues).allSatisfy { $0.approximate })
    }

    @Test func unknownCategoryIsAnError() throws {
        let figures = Fixture.editingBenchmark(("      none: 10\n", "      none: 10\n    approximate: [zones]\n"))
        let error = try load(Fixture.questionnaire, benchmark: figures).onlyError()
        #expect(error.message == "'approximate' of figure 'cell-level' names 'zones', which is not a category of the figure; did you mean 'zone'?")
        #expect(error.file == Fixture.benchmarkPath)
    }
}
