import Testing
import YAML
@testable import ZelfscanCore

@Suite("Norm bands")
struct BandTests {
    static let first = "  - {from: 0, to: 50, code: attention,"
    static let second = "  - {from: 50, to: 75, code: developing,"
    static let third = "  - {from: 75, to: 100, code: strength,"

    @Test func gap() throws {
        let text = Fixture.editing((Self.second, "  - {from: 55, to: 75, code: developing,"))
        let error = try load(text).onlyError()
        #expect(error.message == "bands leave a gap: 'attention' ends at 50 but 'developing' starts at 55")
        #expect(error.hint == "let 'developing' start at 50")
        #expect(error.mark == (try text.mark(of: "{from: 55")))
    }

    @Test func overlap() throws {
        let text = Fixture.editing((Self.third, "  - {from: 70, to: 100, code: strength,"))
        let error = try load(text).onlyError()
        #expect(error.message == "bands overlap: 'developing' runs to 75 but 'strength' starts at 70")
        #expect(error.mark == (try text.mark(of: "{from: 70")))
    }

    @Test func notStartingAtZero() throws {
        let text = Fixture.editing((Self.first, "  - {from: 10, to: 50, code: attention,"))
        let error = try load(text).onlyError()
        #expect(error.message == "the first band 'attention' starts at 10; bands must start at 0")
        #expect(error.mark == (try text.mark(of: "{from: 10")))
    }

    @Test func notEndingAtHundred() throws {
        let text = Fixture.editing((Self.third, "  - {from: 75, to: 99.5, code: strength,"))
        let error = try load(text).onlyError()
        #expect(error.message == "the last band 'strength' ends at 99.5; bands must end at 100")
        #expect(error.mark == (try text.mark(of: "{from: 75")))
    }

    @Test func fromNotBelowTo() throws {
        // developing is empty ([75, 75)); the tiling itself has no gap or overlap.
        let text = Fixture.editing((Self.first, "  - {from: 0, to: 75, code: attention,"),
                                   (Self.second, "  - {from: 75, to: 75, code: developing,"))
        let error = try load(text).onlyError()
        #expect(error.message == "band 'developing' runs from 75 to 75; 'from' must be below 'to'")
        #expect(error.mark == (try text.mark(of: "{from: 75, to: 75")))
    }

    @Test func boundOutsideTheScale() throws {
        let text = Fixture.editing((Self.third, "  - {from: 75, to: 120, code: strength,"))
        let result = load(text)
        let error = try result.error(containing: "0–100 scale")
        #expect(error.message == "'to' of band 'strength' is 120; bands lie on the 0–100 scale")
        #expect(error.mark == (try text.mark(of: "120")))
    }
}

@Suite("Band lookup")
struct BandLookupTests {
    static let label = LocalizedText(["nl": "x", "en": "x"])
    static let bands = [
        Band(from: 0, to: 50, code: "attention", label: label),
        Band(from: 50, to: 75, code: "developing", label: label),
        Band(from: 75, to: 100, code: "strength", label: label),
    ]

    @Test(arguments: [
        (0.0, "attention"), (49.999, "attention"), (50, "developing"), (74.99, "developing"),
        (75, "strength"), (99.9, "strength"), (100, "strength"),
    ])
    func scoreFallsInItsBand(score: Double, code: String) {
        #expect(Self.bands.band(for: score)?.code == code)
    }

    @Test(arguments: [-0.001, -10, 100.001, 150, Double.nan, Double.infinity])
    func scoreOutsideTheScaleHasNoBand(score: Double) {
        #expect(Self.bands.band(for: score) == nil)
    }

    @Test func noBandsNoBand() {
        #expect([Band]().band(for: 50) == nil)
    }

    @Test func bandsOfTheBaselineAreLookedUp() throws {
        let questionnaire = try #require(load(Fixture.questionnaire).questionnaire)
        #expect(questionnaire.bands.band(for: 50)?.label.text(.en) == "Developing")
    }
}
