import Testing
import ZelfscanCore
@testable import ZelfscanTerminal

/// `take` asks the knowledge check after the statements, under its own title.
@Suite("Knowledge check in take")
struct KnowledgeSessionTests {
    @Test func theBundledKnowledgeQuestionsComeLastUnderTheirTitle() throws {
        let questionnaire = try #require(BundledQuestionnaire.load().questionnaire)
        let knowledge = try #require(questionnaire.knowledge)
        let items = questionnaire.sessionItems(language: .nl)
        #expect(items.map(\.id) == questionnaire.allAskedItems.map(\.id))
        let last = items.suffix(knowledge.items.count)
        #expect(last.map(\.id) == knowledge.items.map(\.id))
        #expect(last.allSatisfy { $0.section == knowledge.title.text(.nl) })
    }
}
