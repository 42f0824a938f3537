import Testing
import YAML
@testable import ZelfscanCore

@Suite("show_if conditions")
struct ConditionDecodingTests {
    /// The baseline with the condition of `vision.shared` replaced.
    func withCondition(_ condition: String) -> String {
        Fixture.editing((
            "show_if: {any: [{role: [police]}, {item: context.level, in: [municipal, dk]}]}",
            "show_if: \(condition)"))
    }

    @Test func referenceToALaterItem() throws {
        let text = Fixture.editing(("show_if: {item: context.level, equals: zone}", "show_if: {item: trust.fear, answered: true}"))
        let error = try load(text).onlyError()
        let later = try text.line(of: "id: trust.fear")
        #expect(error.message == "the condition of 'context.cases' refers to 'trust.fear', which is asked later (line \(later)); a condition may only use answers given earlier")
        #expect(error.hint?.contains("move") == true)
        #expect(error.mark == (try text.mark(of: "trust.fear")))
    }

    @Test func referenceToTheItemItself() throws {
        let text = withCondition("{item: vision.shared, equals: 1}")
        let error = try load(text).onlyError()
        #expect(error.message == "the condition of 'vision.shared' refers to the item itself; a condition may only use answers given earlier")
        #expect(error.mark == (try text.mark(of: "vision.shared", after: "show_if: {item: vision")))
    }

    @Test func referenceToAnUnknownItem() throws {
        let text = withCondition("{item: trust.shar, equals: 5}")
        let error = try load(text).onlyError()
        #expect(error.message == "the condition of 'vision.shared' refers to the unknown item 'trust.shar'; did you mean 'trust.share'?")
        #expect(error.mark == (try text.mark(of: "trust.shar,")))
    }

    @Test func valueThatIsNotAnOption() throws {
        let text = Fixture.editing(("show_if: {item: context.level, equals: zone}", "show_if: {item: context.level, equals: zones}"))
        let error = try load(text).onlyError()
        #expect(error.message == "the condition of 'context.cases' compares 'context.level' with 'zones', which is not one of its options; did you mean 'zone'?")
        #expect(error.mark == (try text.mark(of: "zones")))
    }

    @Test func valueThatIsNotOnTheScale() throws {
        let text = withCondition("{item: trust.share, in: [5, 4]}")
        let error = try load(text).onlyError()
        #expect(error.message == "the condition of 'vision.shared' compares 'trust.share' with '4', which is not one of its answers (1, 3, 5, dk)")
        #expect(error.mark == (try text.mark(of: "4]")))
    }

    @Test func atLeastOnAChoiceItem() throws {
        let text = withCondition("{item: context.level, at_least: 2}")
        let error = try load(text).onlyError()
        #expect(error.message == "the condition of 'vision.shared' uses 'at_least'/'at_most' on 'context.level', which has no numeric answer")
        #expect(error.mark == (try text.mark(of: "{item: context.level, at_least")))
    }

    @Test func twoComparisonsAtOnce() throws {
        let text = withCondition("{item: trust.share, equals: 5, answered: true}")
        let error = try load(text).onlyError()
        #expect(error.message == "the condition of 'vision.shared' has 'equals' and 'answered'; use one (only 'at_least' and 'at_most' combine)")
        #expect(error.mark == (try text.mark(of: "{item: trust.share, equals")))
    }

    @Test func noComparison() throws {
        let text = withCondition("{item: trust.share}")
        let error = try load(text).onlyError()
        #expect(error.message.contains("says which item but not what to compare"))
    }

    @Test func emptyRange() throws {
        let text = withCondition("{item: context.cases, at_least: 10, at_most: 5}")
        let error = try load(text).onlyError()
        #expect(error.message.contains("asks for at least 10 and at most 5, which no answer meets"))
    }

    @Test func itemAndRoleMixed() throws {
        let text = withCondition("{item: trust.share, equals: 5, role: [police]}")
        let error = try load(text).onlyError()
        #expect(error.message.contains("mixes 'item' and 'role'"))
        #expect(error.mark == (try text.mark(of: "{item: trust.share, equals: 5, role")))
    }

    @Test func misspelledFormKey() throws {
        let text = withCondition("{iten: trust.share, equals: 5}")
        let error = try load(text).onlyError()
        #expect(error.message.contains("has no 'item', 'role', 'role_group', 'all', 'any' or 'not'; did you mean 'item'?"))
    }

    @Test func comparisonWithoutItemDoesNotSuggestTheComparisonItself() throws {
        let text = withCondition("{equals: 5}")
        let error = try load(text).onlyError()
        #expect(error.message.contains("has no 'item', 'role', 'role_group', 'all', 'any' or 'not'"))
        #expect(!error.message.contains("did you mean 'equals'"))
    }

    @Test func unknownRole() throws {
        let text = withCondition("{role: [police, mayor]}")
        let error = try load(text).onlyError()
        #expect(error.message == "the condition of 'vision.shared' names the unknown role 'mayor'; the roles are: 'police', 'prevention'")
        #expect(error.mark == (try text.mark(of: "mayor")))
    }

    @Test func unknownRoleGroupWithSuggestion() throws {
        let text = withCondition("{role_group: [securty]}")
        let error = try load(text).onlyError()
        #expect(error.message == "the condition of 'vision.shared' names the unknown role group 'securty'; did you mean 'security'?")
        #expect(error.mark == (try text.mark(of: "securty")))
    }

    @Test func emptyRoleListIsAnError() throws {
        let text = withCondition("{role: []}")
        let result = load(text)
        let error = try result.onlyError()
        #expect(error.message.contains("empty"))
        #expect(error.mark == (try text.mark(of: "[]")))
        #expect(result.questionnaire == nil)
    }

    @Test func emptyAllListIsAnError() throws {
        let text = withCondition("{all: []}")
        let error = try load(text).onlyError()
        #expect(error.message.contains("empty list"))
    }

    @Test func conditionMustBeAMapping() throws {
        let text = withCondition("context.level")
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("the condition of 'vision.shared' must be a mapping"))
        #expect(error.mark == (try text.mark(of: "context.level", after: "id: vision.shared")))
    }

    @Test func emptyCondition() throws {
        let text = withCondition("{}")
        let error = try load(text).onlyError()
        #expect(error.message == "the condition of 'vision.shared' must be a mapping such as {item: context.agreement, in: [formal]}, found an empty mapping")
        #expect(error.mark == (try text.mark(of: "{}")))
    }

    @Test func errorsInsideNestedConditionsAreLocated() throws {
        let text = withCondition("{all: [{role: [police]}, {not: {item: context.level, equals: region}}]}")
        let error = try load(text).onlyError()
        #expect(error.message.contains("compares 'context.level' with 'region'"))
        #expect(error.mark == (try text.mark(of: "region")))
    }

    @Test func nestedConditionsDecode() throws {
        let text = withCondition("""
            {all: [{not: {role_group: [social]}}, {any: [{item: context.cases, at_most: 10}, {item: trust.share, equals: 5}, {item: context.partners, not_in: [school]}, {item: context.remarks, answered: false}]}]}
            """)
        let result = load(text)
        #expect(result.errors.isEmpty, "\(result.errors.map(\.message))")
        let item = try #require(result.questionnaire?.dimensions.last?.items.first)
        #expect(item.showIf == .all([
            .not(.roleGroup(["social"])),
            .any([
                .range(item: "context.cases", atLeast: nil, atMost: 10),
                .equals(item: "trust.share", value: .number(5)),
                .noneOf(item: "context.partners", values: [.code("school")]),
                .answered(item: "context.remarks", false),
            ]),
        ]))
    }

    @Test func comparingFreeTextIsAnError() throws {
        let text = withCondition("{item: context.remarks, equals: ok}")
        let error = try load(text).onlyError()
        #expect(error.message.contains("only 'answered' can be used on free text"))
    }

    @Test func brokenEarlierItemIsNotReportedAgainAsAskedLater() throws {
        // trust.share's scale is wrong; trust.fear's condition on it must not add "asked later".
        let text = Fixture.editing(("        help: {nl: \"Uitleg\", en: \"Explanation\"}\n        scale: agree5\n",
                                    "        help: {nl: \"Uitleg\", en: \"Explanation\"}\n        scale: agree7\n"))
        let error = try load(text).onlyError()
        #expect(error.message.contains("unknown scale 'agree7'"))
    }
}
