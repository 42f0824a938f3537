import Foundation
import Testing
import ZelfscanCore
@testable import ZelfscanReport

@Suite("Paper questionnaire")
struct PaperQuestionnaireTests {
    @Test(arguments: Language.allCases) func everyItemRoleAndMissingCodeIsPrinted(language: Language) throws {
        let questionnaire = ReportFixture.questionnaire
        let html = PaperQuestionnaire(questionnaire: questionnaire, language: language).render()
        for item in questionnaire.allAskedItems {
            #expect(html.contains("<span class=\"id\">\(item.id)</span>"), "\(item.id)")
        }
        for role in questionnaire.roles { #expect(html.contains("<span class=\"id\">\(role.id)</span>")) }
        #expect(html.contains("<span class=\"id\">dk</span>"))
        #expect(html.contains("zelfscan take --answers"))
        #expect(html.contains("@page { size: A4"))
        for forbidden in ["http://", "https://", "src=", "<script", "url("] { #expect(!html.contains(forbidden)) }
        #expect(html.contains("<html lang=\"\(language)\">"))
    }
}
