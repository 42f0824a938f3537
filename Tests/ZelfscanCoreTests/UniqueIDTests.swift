import Testing
import YAML
@testable import ZelfscanCore

@Suite("Unique ids")
struct UniqueIDTests {
    @Test func duplicateItemIDAcrossDimensionsPointsAtTheFirst() throws {
        let text = Fixture.editing(("      - id: vision.shared\n", "      - id: trust.share\n"))
        let error = try load(text).onlyError()
        let first = try text.mark(of: "trust.share")
        let second = try text.mark(of: "trust.share", after: "id: vision")
        #expect(error.message == "item id 'trust.share' is used twice; it is already defined at line \(first.line)")
        #expect(error.mark == second)
        #expect(error.notes.map(\.mark) == [first])
        #expect(error.notes.map(\.message) == ["first definition of 'trust.share'"])
    }

    @Test func contextAndDimensionShareTheItemIDSpace() throws {
        let text = Fixture.editing(("      - id: vision.shared\n", "      - id: context.remarks\n"))
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("item id 'context.remarks' is used twice"))
        #expect(error.mark == (try text.mark(of: "context.remarks", after: "id: vision")))
        #expect(error.notes.first?.line == (try text.line(of: "id: context.remarks")))
    }

    @Test func duplicateDimensionID() throws {
        let text = Fixture.editing(("  - id: vision\n", "  - id: trust\n"))
        let error = try load(text).onlyError()
        let first = try text.mark(of: "trust", after: "dimensions:")
        #expect(error.message == "dimension id 'trust' is used twice; it is already defined at line \(first.line)")
        #expect(error.mark == (try text.mark(of: "trust", after: "Keep it up")))
        #expect(error.notes.first?.line == first.line)
    }

    @Test func duplicateRole() throws {
        let text = Fixture.editing(("  - {id: prevention, group: social", "  - {id: police, group: social"))
        let error = try load(text).onlyError()
        let first = try text.mark(of: "police", after: "roles:")
        #expect(error.message == "role 'police' is used twice; it is already defined at line \(first.line)")
        #expect(error.mark == Mark(line: first.line + 1, column: first.column))
    }

    @Test func duplicateBandCode() throws {
        let text = Fixture.editing(("code: strength,", "code: developing,"))
        let result = load(text)
        let error = try result.error(containing: "used twice")
        let first = try text.mark(of: "developing", after: "bands:")
        #expect(error.message == "band code 'developing' is used twice; it is already defined at line \(first.line)")
        #expect(error.mark == (try text.mark(of: "developing", after: "to: 100")))
        // The advice for the band that no longer exists is reported too: that is a second, real problem.
        #expect(result.errors.count == 1 + 2, "\(result.errors.map(\.message))")
    }

    @Test func duplicateOptionCodeInContextItem() throws {
        let text = Fixture.editing(("        - {code: school,", "        - {code: police,"))
        let error = try load(text).onlyError()
        let first = try text.mark(of: "police", after: "context.partners")
        #expect(error.message == "option code 'police' is used twice; it is already defined at line \(first.line)")
        #expect(error.mark == Mark(line: first.line + 1, column: first.column))
    }

    @Test func missingCodeThatIsAlsoAnOptionCode() throws {
        let text = Fixture.editing(("        - {code: school, label: {nl: \"School\", en: \"School\"}}\n",
                                    "        - {code: school, label: {nl: \"School\", en: \"School\"}}\n      missing:\n        - {code: school, label: {nl: \"Geen\", en: \"None\"}}\n"))
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("the missing code 'school' of context item 'context.partners' is also an option code"))
        #expect(error.mark == (try text.mark(of: "school", after: "missing:\n        - {code: school, label: {nl: \"Geen")))
    }

    @Test func duplicateMissingCodeInAScale() throws {
        let text = Fixture.editing(("      - {code: dk, label: {nl: \"Weet niet\", en: \"Don't know\"}}\n  yesno:",
                                    "      - {code: dk, label: {nl: \"Weet niet\", en: \"Don't know\"}}\n      - {code: dk, label: {nl: \"Nvt\", en: \"N/a\"}}\n  yesno:"))
        let error = try load(text).onlyError()
        let first = try text.mark(of: "dk")
        #expect(error.message == "code 'dk' is used twice; it is already defined at line \(first.line)")
        #expect(error.mark == Mark(line: first.line + 1, column: first.column))
    }

    @Test func duplicateScaleValue() throws {
        let text = Fixture.editing(("      - {value: 5, label: {nl: \"Eens\"", "      - {value: 3, label: {nl: \"Eens\""))
        let error = try load(text).onlyError()
        let first = try text.mark(of: "3", after: "{value: ")
        #expect(error.message == "scale 'agree5' has the value 3 twice; it is already used at line \(first.line)")
        #expect(error.mark == Mark(line: first.line + 1, column: first.column))
    }

    @Test func duplicateKeyInAMappingIsAYAMLError() throws {
        let text = Fixture.editing(("        reverse: true\n", "        reverse: true\n        reverse: false\n"))
        let error = try load(text).onlyError()
        #expect(error.message.contains("reverse"))
        #expect(error.line == (try text.line(of: "reverse: false")))
        #expect(error.file == Fixture.file)
    }
}
