import Testing
@testable import ZelfscanCore

@Suite("Condition.holds")
struct ConditionSemanticsTests {
    func holds(_ condition: Condition, _ answers: [String: Answer], role: String? = nil, group: String? = nil) -> Bool {
        condition.holds(answers: answers, role: role, roleGroup: group)
    }

    // MARK: - equals

    @Test func equalsOnAScale() {
        let condition = Condition.equals(item: "q", value: .number(4))
        #expect(holds(condition, ["q": .scale(4)]))
        #expect(!holds(condition, ["q": .scale(3)]))
        #expect(!holds(condition, ["q": .missing("dk")]))
        #expect(!holds(condition, [:]))
        #expect(!holds(condition, ["q": .choice("4")]))
    }

    @Test func equalsOnAChoice() {
        let condition = Condition.equals(item: "q", value: .code("zone"))
        #expect(holds(condition, ["q": .choice("zone")]))
        #expect(!holds(condition, ["q": .choice("municipal")]))
        #expect(!holds(condition, [:]))
        #expect(!holds(condition, ["other": .choice("zone")]))
    }

    @Test func equalsOnChoicesMeansChosen() {
        let condition = Condition.equals(item: "q", value: .code("police"))
        #expect(holds(condition, ["q": .choices(["school", "police"])]))
        #expect(!holds(condition, ["q": .choices(["school"])]))
        #expect(!holds(condition, ["q": .choices([])]))
    }

    @Test func equalsOnANumber() {
        let condition = Condition.equals(item: "q", value: .number(12))
        #expect(holds(condition, ["q": .number(12)]))
        #expect(!holds(condition, ["q": .number(12.5)]))
    }

    @Test func equalsAMissingCodeMatchesThatCode() {
        let condition = Condition.equals(item: "q", value: .code("dk"))
        #expect(holds(condition, ["q": .missing("dk")]))
        #expect(!holds(condition, ["q": .scale(3)]))
    }

    // MARK: - in / not_in

    @Test func inOnScaleChoiceAndChoices() {
        let onScale = Condition.oneOf(item: "q", values: [.number(4), .number(5)])
        #expect(holds(onScale, ["q": .scale(5)]))
        #expect(!holds(onScale, ["q": .scale(3)]))
        #expect(!holds(onScale, ["q": .missing("dk")]))
        #expect(!holds(onScale, [:]))

        let onChoice = Condition.oneOf(item: "q", values: [.code("municipal"), .code("zone")])
        #expect(holds(onChoice, ["q": .choice("zone")]))
        #expect(!holds(onChoice, ["q": .choice("in-setup")]))

        // For a multiple-choice item, any chosen option counts.
        #expect(holds(onChoice, ["q": .choices(["other", "zone"])]))
        #expect(!holds(onChoice, ["q": .choices(["other"])]))
        #expect(!holds(onChoice, ["q": .choices([])]))
    }

    @Test func notInNeedsARealAnswer() {
        let onChoice = Condition.noneOf(item: "q", values: [.code("zone")])
        #expect(holds(onChoice, ["q": .choice("municipal")]))
        #expect(!holds(onChoice, ["q": .choice("zone")]))
        #expect(!holds(onChoice, [:]))
        #expect(!holds(onChoice, ["q": .missing("dk")]))

        // For a multiple-choice item: none of the chosen options is one of them.
        #expect(holds(onChoice, ["q": .choices(["municipal", "other"])]))
        #expect(!holds(onChoice, ["q": .choices(["municipal", "zone"])]))

        let onScale = Condition.noneOf(item: "q", values: [.number(1), .number(2)])
        #expect(holds(onScale, ["q": .scale(3)]))
        #expect(!holds(onScale, ["q": .scale(2)]))
        #expect(!holds(onScale, ["q": .missing("dk")]))
    }

    // MARK: - answered

    @Test func answeredTreatsMissingCodesAsNoAnswer() {
        let answered = Condition.answered(item: "q", true)
        let unanswered = Condition.answered(item: "q", false)
        for answer in [Answer.scale(1), .choice("zone"), .choices(["a"]), .number(0), .text("ok")] {
            #expect(holds(answered, ["q": answer]), "\(answer)")
            #expect(!holds(unanswered, ["q": answer]), "\(answer)")
        }
        #expect(!holds(answered, ["q": .missing("dk")]))
        #expect(holds(unanswered, ["q": .missing("dk")]))
        #expect(!holds(answered, [:]))
        #expect(holds(unanswered, [:]))
    }

    // MARK: - range

    @Test func rangeOnNumberAndScale() {
        let between = Condition.range(item: "q", atLeast: 10, atMost: 20)
        #expect(holds(between, ["q": .number(10)]))
        #expect(holds(between, ["q": .number(20)]))
        #expect(holds(between, ["q": .scale(15)]))
        #expect(!holds(between, ["q": .number(9.99)]))
        #expect(!holds(between, ["q": .number(20.01)]))
        #expect(!holds(between, ["q": .missing("dk")]))
        #expect(!holds(between, ["q": .choice("10")]))
        #expect(!holds(between, [:]))

        #expect(holds(.range(item: "q", atLeast: 3, atMost: nil), ["q": .scale(5)]))
        #expect(!holds(.range(item: "q", atLeast: 3, atMost: nil), ["q": .scale(2)]))
        #expect(holds(.range(item: "q", atLeast: nil, atMost: 0), ["q": .number(-4)]))
        #expect(!holds(.range(item: "q", atLeast: nil, atMost: 0), ["q": .number(1)]))
    }

    // MARK: - roles

    @Test func roleAndRoleGroup() {
        let role = Condition.role(["police", "mayor"])
        #expect(holds(role, [:], role: "police", group: "security"))
        #expect(!holds(role, [:], role: "education", group: "social"))
        #expect(!holds(role, [:]))

        let group = Condition.roleGroup(["social"])
        #expect(holds(group, [:], role: "education", group: "social"))
        #expect(!holds(group, [:], role: "police", group: "security"))
        #expect(!holds(group, [:], role: "social", group: nil))
    }

    // MARK: - all / any / not

    @Test func combinations() {
        let police = Condition.role(["police"])
        let zone = Condition.equals(item: "level", value: .code("zone"))
        let answers: [String: Answer] = ["level": .choice("zone")]

        #expect(holds(.all([police, zone]), answers, role: "police"))
        #expect(!holds(.all([police, zone]), answers, role: "mayor"))
        #expect(holds(.all([]), [:]))

        #expect(holds(.any([police, zone]), answers, role: "mayor"))
        #expect(!holds(.any([police, zone]), [:], role: "mayor"))
        #expect(!holds(.any([]), [:]))

        #expect(holds(.not(police), [:], role: "mayor"))
        #expect(!holds(.not(police), [:], role: "police"))
        // not over an unanswered item holds: the inner comparison is false.
        #expect(holds(.not(zone), [:]))
        #expect(holds(.not(.not(zone)), answers))
    }

    @Test func referencedItemsOfNestedConditions() {
        let condition = Condition.all([
            .role(["police"]),
            .any([.equals(item: "a", value: .number(1)), .not(.range(item: "b", atLeast: 1, atMost: nil))]),
            .answered(item: "c", true),
        ])
        #expect(condition.referencedItems == ["a", "b", "c"])
    }
}
