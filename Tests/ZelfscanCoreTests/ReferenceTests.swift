import Testing
import YAML
@testable import ZelfscanCore

@Suite("References between parts")
struct ReferenceTests {
    @Test func unknownScaleListsTheScalesAndSuggestsTheClosest() throws {
        let text = Fixture.editing(("        scale: yesno\n", "        scale: yes-no\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "item 'vision.shared' uses the unknown scale 'yes-no'; did you mean 'yesno'? the scales are: agree5, yesno")
        #expect(error.mark == (try text.mark(of: "yes-no")))
    }

    @Test func unknownScaleFarFromAnyScaleOnlyListsThem() throws {
        let text = Fixture.editing(("        scale: yesno\n", "        scale: frequency\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "item 'vision.shared' uses the unknown scale 'frequency'; the scales are: agree5, yesno")
    }

    @Test func roleInAnUnknownRoleGroup() throws {
        let text = Fixture.editing(("{id: prevention, group: social,", "{id: prevention, group: socail,"))
        let error = try load(text).onlyError()
        #expect(error.message == "role 'prevention' is in the unknown role group 'socail'; did you mean 'social'?")
        #expect(error.mark == (try text.mark(of: "socail")))
    }

    @Test func benchmarkFromAnUndeclaredSource() throws {
        let text = Fixture.editing(("benchmark: ref-2022.cell-level", "benchmark: ref-2020.cell-level"))
        let error = try load(text).onlyError()
        #expect(error.message == "context item 'context.level' refers to the undeclared benchmark source 'ref-2020'; did you mean 'ref-2022'?")
        #expect(error.hint == "declare it under 'benchmarks' with its file")
        #expect(error.mark == (try text.mark(of: "ref-2020")))
    }

    @Test func benchmarkWithoutAFigurePart() throws {
        let text = Fixture.editing(("benchmark: ref-2022.cell-level", "benchmark: ref-2022"))
        let error = try load(text).onlyError()
        #expect(error.message.contains("must be SOURCE.FIGURE"))
        #expect(error.mark == (try text.mark(of: "ref-2022", after: "benchmark:")))
    }

    @Test func benchmarkToAMissingFigure() throws {
        let text = Fixture.editing(("benchmark: ref-2022.cell-level", "benchmark: ref-2022.cell-levels"))
        let error = try load(text).onlyError()
        #expect(error.message == "'\(Fixture.benchmarkPath)' has no figure 'cell-levels'; did you mean 'cell-level'?")
        #expect(error.mark == (try text.mark(of: "ref-2022.cell-levels")))
        #expect(error.file == Fixture.file)
    }

    @Test func figureCategoryThatIsNotAnOption() throws {
        let figures = Fixture.editingBenchmark(("      zone: 30\n", "      zone: 25\n      region: 5\n"))
        let result = load(Fixture.questionnaire, benchmark: figures)
        let error = try result.onlyError()
        let category = try figures.mark(of: "region")
        #expect(error.message == "figure 'ref-2022.cell-level' has the category 'region' (\(Fixture.benchmarkPath):\(category)), which is not an option of 'context.level'")
        #expect(error.hint?.contains("other_values") == true)
        #expect(error.file == Fixture.file)
        #expect(error.mark == (try Fixture.questionnaire.mark(of: "ref-2022.cell-level")))
    }

    @Test func benchmarkFileMissingIsReportedAtTheFileNode() throws {
        let result = load(Fixture.questionnaire, benchmark: nil)
        let error = try result.onlyError()
        #expect(error.file == Fixture.file)
        #expect(error.message == "cannot read the benchmark file 'benchmarks/ref-2022.yaml' (\(Fixture.benchmarkPath)): no such file")
        #expect(error.mark == (try Fixture.questionnaire.mark(of: "benchmarks/ref-2022.yaml")))
        #expect(result.questionnaire == nil)
    }

    @Test func benchmarkFileErrorsCarryTheirOwnFileName() throws {
        let figures = Fixture.editingBenchmark(("      zone: 30\n", "      zone: 130\n"))
        let result = load(Fixture.questionnaire, benchmark: figures)
        let error = try result.onlyError()
        #expect(error.file == Fixture.benchmarkPath)
        #expect(error.message == "the percentage for 'zone' in 'values' of figure 'cell-level' is 130; it must lie in 0–100")
        #expect(error.mark == (try figures.mark(of: "130")))
        #expect(result.questionnaire == nil)
    }

    @Test func benchmarkFileLanguagesAreThoseOfTheQuestionnaire() throws {
        let figures = Fixture.editingBenchmark(("{nl: \"Niveau?\", en: \"Level?\"}", "{nl: \"Niveau?\", fr: \"Niveau ?\"}"))
        let result = load(Fixture.questionnaire, benchmark: figures)
        #expect(result.errors.count == 2, "\(result.errors.map(\.message))")
        #expect(result.errors.allSatisfy { $0.file == Fixture.benchmarkPath })
        let stranger = try result.error(containing: "'fr'")
        #expect(stranger.mark == (try figures.mark(of: "fr:")))
        let missing = try result.error(containing: "no 'en' text")
        #expect(missing.mark == (try figures.mark(of: "{nl: \"Niveau?\"")))
    }

    @Test func benchmarkFileWithAYAMLErrorCarriesItsOwnFileName() throws {
        let figures = Fixture.editingBenchmark(("  year: 2022\n", "  year: 2022\n\tperiod: x\n"))
        let result = load(Fixture.questionnaire, benchmark: figures)
        let error = try result.onlyError()
        #expect(error.file == Fixture.benchmarkPath)
        #expect(error.line == (try figures.line(of: "period")))
        #expect(error.message.contains("tab"))
    }

    @Test func benchmarkIDMustMatchTheFile() throws {
        let figures = Fixture.editingBenchmark(("id: ref-2022\n", "id: ref-2023\n"))
        let result = load(Fixture.questionnaire, benchmark: figures)
        let error = try result.onlyError()
        #expect(error.message == "the benchmark 'ref-2022' points to 'benchmarks/ref-2022.yaml', whose id is 'ref-2023'")
        #expect(error.mark == (try Fixture.questionnaire.mark(of: "benchmarks/ref-2022.yaml")))
    }
}
