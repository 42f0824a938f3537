import Testing
import YAML
@testable import ZelfscanCore

@Suite("Keys and types")
struct KeysAndTypesTests {
    // MARK: - Keys

    @Test func missingTopLevelKeyIsReportedAtTheMapping() throws {
        let text = Fixture.editing(("privacy: {nl: \"Geen namen\", en: \"No names\"}\n", ""))
        let result = load(text)
        let error = try result.onlyError()
        #expect(error.message == "the questionnaire is missing the required key 'privacy'")
        #expect(error.mark == Mark(line: 1, column: 1))
        #expect(error.file == Fixture.file)
        #expect(result.questionnaire == nil)
    }

    @Test func missingItemKeyIsReportedAtTheItem() throws {
        let text = Fixture.editing((
            "        help: {nl: \"Uitleg\", en: \"Explanation\"}\n        scale: agree5\n",
            "        help: {nl: \"Uitleg\", en: \"Explanation\"}\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "an item is missing the required key 'scale'")
        #expect(error.mark == (try text.mark(of: "id: trust.share")))
    }

    @Test func unknownKeySuggestsTheClosest() throws {
        let text = Fixture.editing(("        help: {nl: \"Uitleg\"", "        helpp: {nl: \"Uitleg\""))
        let error = try load(text).onlyError()
        #expect(error.message == "unknown key 'helpp' in an item; did you mean 'help'?")
        #expect(error.mark == (try text.mark(of: "helpp")))
    }

    @Test func unknownKeyFarFromAnyKnownKeyListsTheAllowedKeys() throws {
        let text = Fixture.editing(("    min_coverage: 0.5\n", "    min_coverage: 0.5\n    colour: blue\n"))
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("unknown key 'colour' in a dimension; the allowed keys are: "))
        for key in ["'id'", "'title'", "'items'", "'description'", "'min_coverage'", "'advice'"] {
            #expect(error.message.contains(key))
        }
        #expect(error.mark == (try text.mark(of: "colour")))
    }

    @Test func unknownTopLevelKey() throws {
        let text = Fixture.editing(("bands:\n", "band_list: []\nbands:\n"))
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("unknown key 'band_list' in the questionnaire"))
        #expect(error.mark == (try text.mark(of: "band_list")))
    }

    // MARK: - Types

    @Test func listWhereTextIsExpected() throws {
        let text = Fixture.editing(("version: \"1.0\"", "version: [1, 0]"))
        let error = try load(text).onlyError()
        #expect(error.message == "'version' must be a text, found a list")
        #expect(error.mark == (try text.mark(of: "[1, 0]")))
    }

    @Test func mappingWhereNumberIsExpected() throws {
        let text = Fixture.editing(("    weight: 2\n", "    weight: {value: 2}\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "'weight' of item 'trust.fear' must be a number, found a mapping")
        #expect(error.mark == (try text.mark(of: "{value: 2}")))
    }

    @Test func quotedNumberIsRejected() throws {
        let text = Fixture.editing(("    weight: 2\n", "    weight: \"2\"\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "'weight' of item 'trust.fear' must be a number, found the quoted text '2'")
        #expect(error.hint == "remove the quotes")
        #expect(error.mark == (try text.mark(of: "\"2\"")))
    }

    @Test func wordThatIsNotANumber() throws {
        let text = Fixture.editing(("    weight: 2\n", "    weight: two\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "'weight' of item 'trust.fear' must be a number such as 1 or 0.6, found 'two'")
        #expect(error.mark == (try text.mark(of: "two")))
    }

    @Test func yesIsNotABoolean() throws {
        let text = Fixture.editing(("    reverse: true\n", "    reverse: yes\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "'reverse' of item 'trust.fear' must be true or false, found 'yes'")
        #expect(error.hint?.contains("write true or false") == true)
        #expect(error.mark == (try text.mark(of: "yes", after: "reverse: ")))
    }

    @Test func quotedTrueIsNotABoolean() throws {
        let text = Fixture.editing(("    integer: true\n", "    integer: \"true\"\n"))
        let error = try load(text).onlyError()
        #expect(error.message.contains("'integer' of context item 'context.cases' must be true or false"))
        #expect(error.mark == (try text.mark(of: "\"true\"")))
    }

    @Test func fractionalFormatIsNotAnInteger() throws {
        let text = Fixture.editing(("format: 1\n", "format: 1.5\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "'format' must be a whole number, found 1.5")
        #expect(error.mark == Mark(line: 1, column: 9))
    }

    @Test func unsupportedFormat() throws {
        let text = Fixture.editing(("format: 1\n", "format: 3\n"))
        let error = try load(text).onlyError()
        #expect(error.message.contains("format 3 is not supported"))
        #expect(error.mark == Mark(line: 1, column: 9))
    }

    @Test func invalidID() throws {
        let text = Fixture.editing(("  - id: vision\n", "  - id: Vision\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "the dimension 'id' 'Vision' is not a valid id")
        #expect(error.hint?.contains("lower-case letters") == true)
        #expect(error.mark == (try text.mark(of: "Vision")))
    }

    @Test func emptyText() throws {
        let text = Fixture.editing(("version: \"1.0\"", "version: \"  \""))
        let error = try load(text).onlyError()
        #expect(error.message == "'version' is empty")
        #expect(error.mark == Mark(line: 3, column: 10))
    }

    @Test func topLevelMustBeAMapping() throws {
        let result = load("- format: 1\n- id: x\n")
        let error = try result.onlyError()
        #expect(error.message.hasPrefix("the questionnaire must be a mapping of keys"))
        #expect(error.mark == Mark(line: 1, column: 1))
        #expect(result.questionnaire == nil)
    }
}
