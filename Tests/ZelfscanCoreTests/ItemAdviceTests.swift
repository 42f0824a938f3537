import Testing
import YAML
@testable import ZelfscanCore

/// `advice:` on a scored item (format 2): actions tied to one statement.
@Suite("Item advice")
struct ItemAdviceTests {
    static let actions = """
                advice:
                  - {nl: "Bespreek wat u tegenhoudt.", en: "Discuss what holds you back."}
                  - {nl: "Spreek een vertrouwensregel af.", en: "Agree on a confidentiality rule."}

        """

    /// The fixture in format 2 with `advice` (the given lines) on the item `trust.fear`.
    static func fixture(advice: String = actions, format: Int = 2) -> String {
        Fixture.editing(
            ("format: 1\n", "format: \(format)\n"),
            ("    reverse: true\n", "    reverse: true\n" + advice))
    }

    static let withAdvice = fixture()

    @Test func decodesTheActionsInOrder() throws {
        let result = load(Self.withAdvice)
        #expect(result.errors.isEmpty, "\(result.errors.map(\.message))")
        let questionnaire = try #require(result.questionnaire)
        #expect(questionnaire.format == 2)
        let item = try #require(questionnaire.scoredItems.first { $0.id == "trust.fear" })
        #expect(item.advice.map { $0.text(.en) } == ["Discuss what holds you back.", "Agree on a confidentiality rule."])
        #expect(item.advice.map { $0.text(.nl) }.first == "Bespreek wat u tegenhoudt.")
        #expect(questionnaire.scoredItems.first { $0.id == "trust.share" }?.advice == [])
    }

    @Test func aFormatOneFileIsToldToSayFormatTwo() throws {
        let text = Self.fixture(format: 1)
        let error = try load(text).onlyError()
        #expect(error.message == "'advice' is a format 2 key, but the file says 'format: 1'")
        #expect(error.hint?.contains("format: 2") == true)
        #expect(error.mark == (try text.mark(of: "- {nl: \"Bespreek")))
    }

    @Test func bandAdviceOnAnItemIsLocated() throws {
        let text = Self.fixture(advice: """
                advice:
                  attention: [{nl: "Praat.", en: "Talk."}]

        """)
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("'advice' of item 'trust.fear' must be a list of actions"))
        #expect(error.hint?.contains("belongs to the dimension") == true)
        #expect(error.mark == (try text.mark(of: "attention: [{nl: \"Praat.")))
    }

    @Test func anActionWithoutEveryLanguageIsLocated() throws {
        let text = Self.withAdvice.replacingOccurrences(of: ", en: \"Discuss what holds you back.\"}", with: "}")
        let error = try load(text).onlyError()
        #expect(error.message == "an action in 'advice' of item 'trust.fear' has no 'en' text")
        #expect(error.mark == (try text.mark(of: "{nl: \"Bespreek")))
    }

    @Test func anEmptyListIsAnError() throws {
        let text = Self.fixture(advice: """
                advice: []

        """)
        let error = try load(text).onlyError()
        #expect(error.message.contains("is an empty list"))
    }
}
