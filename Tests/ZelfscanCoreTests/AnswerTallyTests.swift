import Testing
@testable import ZelfscanCore

@Suite("answer counts of a round")
struct AnswerTallyTests {
    /// Counts are kept in a byte each until one passes 255; the count must go on past it.
    @Test func aCountPast255IsKept() throws {
        let questionnaire = try #require(BundledQuestionnaire.load().questionnaire)
        guard case .scored(let item, let scale, _)? = questionnaire.allAskedItems.first(where: {
            if case .scored = $0 { return true } else { return false }
        }) else { Issue.record("no scored item"); return }
        let layout = AnswerTally.Layout(questionnaire: questionnaire, releasedItems: [item.id])
        let role = try #require(questionnaire.roles.first { role in
            Visibility(questionnaire: questionnaire, role: role.id, answers: [:]).isShown(item.id)
        })
        let value = try #require(scale.options.first).value
        let visibility = Visibility(questionnaire: questionnaire, role: role.id, answers: [item.id: .scale(value)])
        var tally = AnswerTally(layout)
        for _ in 0..<300 { tally.add(visibility, layout: layout) }
        var totals = Array(repeating: 0, count: layout.size)
        tally.add(into: &totals)
        let slot = try #require(layout.entries.first?.slots[ExportTable.decimal(value)])
        #expect(totals[slot] == 300)
        #expect(totals.reduce(0, +) == 300)

        var other = AnswerTally(layout)
        for _ in 0..<300 { other.add(visibility, layout: layout) }
        #expect(tally == other)
        other.add(visibility, layout: layout)
        #expect(tally != other)
    }
}
