import Foundation
import Testing
import ZelfscanCore
@testable import ZelfscanReport

@Suite("Paper questionnaire")
struct PaperQuestionnaireTests {
    static let questionnaire = ReportFixture.questionnaire

    /// The members' part of the form and the page for whoever types forms in.
    static func parts(_ language: Language) -> (form: String, typist: String) {
        let html = PaperQuestionnaire(questionnaire: questionnaire, language: language).render()
        let form = html.components(separatedBy: "</main>")[0]
        let typist = html.components(separatedBy: "<section class=\"typist\">").last ?? ""
        return (form, typist)
    }

    static func number(_ id: String) -> Int {
        questionnaire.allAskedItems.firstIndex { $0.id == id }! + 1
    }

    @Test(arguments: Language.allCases) func membersSeeNoIdCodeOrCommand(language: Language) {
        let (form, _) = Self.parts(language)
        for item in Self.questionnaire.allAskedItems {
            #expect(!form.contains(item.id), "\(item.id) on the members' pages")
        }
        let roles = form.components(separatedBy: "<section class=\"role\">").last?.components(separatedBy: "</section>").first ?? ""
        // Each role box holds its label and nothing else.
        #expect(roles.components(separatedBy: "<li>").count - 1 == Self.questionnaire.roles.count)
        for role in Self.questionnaire.roles {
            #expect(roles.contains("</span>\(HTMLEscape.text(role.label.text(language)))</li>"), "\(role.id)")
        }
        for dimension in Self.questionnaire.dimensions { #expect(!form.contains("comments: \(dimension.id)")) }
        for syntax in ["zelfscan take", "--answers", "show_if", " in [", "answers:", "role:", "class=\"id\""] {
            #expect(!form.contains(syntax), "\(syntax) on the members' pages")
        }
        #expect(form.contains(Self.questionnaire.roles[0].label.text(language)))
    }

    @Test(arguments: Language.allCases) func theTypistPageHasEveryCode(language: Language) {
        let (_, typist) = Self.parts(language)
        for item in Self.questionnaire.allAskedItems { #expect(typist.contains("<code>\(item.id)</code>"), "\(item.id)") }
        for role in Self.questionnaire.roles { #expect(typist.contains("= \(role.id)")) }
        for dimension in Self.questionnaire.dimensions { #expect(typist.contains("<code>comments: \(dimension.id)</code>")) }
        #expect(typist.contains("= dk"))
        #expect(typist.contains("zelfscan take --answers"))
        #expect(typist.contains("<pre>role: \(Self.questionnaire.roles[0].id)\nanswers:\n"))
    }

    @Test func aConditionIsASentenceInDutch() {
        let (form, _) = Self.parts(.nl)
        let agreement = Self.number("context.agreement")
        #expect(form.contains("Alleen beantwoorden als u bij vraag \(agreement) &#39;Een formeel, schriftelijk lokaal afsprakenkader&#39; of &#39;Een lokaal afsprakenkader wordt opgesteld&#39; koos."))
        #expect(form.contains("Alleen beantwoorden als u als rol niet &#39;Coördinerend ambtenaar&#39; aankruiste."))
        #expect(form.contains("Alleen beantwoorden als u bij vraag \(Self.number("context.cases")) niet 0 of minder invulde."))
    }

    @Test func aConditionIsASentenceInEnglish() {
        let (form, _) = Self.parts(.en)
        let agreement = Self.number("context.agreement")
        #expect(form.contains("Only answer if you chose ") && form.contains("at question \(agreement)."))
        #expect(form.contains("A formal, written local agreement"))
        #expect(form.contains("Only answer if you did not write 0 or less at question \(Self.number("context.cases"))."))
    }

    /// Every show_if of the bundled questionnaire becomes one sentence that names a question
    /// by number only.
    @Test func everyConditionNamesQuestionsByNumber() {
        let numbers = PaperQuestionnaire(questionnaire: Self.questionnaire, language: .nl).numbers
        for language in Language.allCases {
            let conditions = PaperCondition(questionnaire: Self.questionnaire, numbers: numbers, language: language)
            for item in Self.questionnaire.allAskedItems {
                guard let condition = item.showIf else { continue }
                let sentence = conditions.sentence(condition)
                for id in condition.referencedItems {
                    #expect(!sentence.contains(id), "\(sentence)")
                    #expect(sentence.contains(" \(numbers[id]!)"), "\(sentence)")
                }
                #expect(!sentence.contains("?"), "\(sentence)")
            }
        }
    }

    /// A fact answered once by one role (`answered_by:` without `others`) tells the other
    /// members on paper to leave it, with the same sentence as a role condition.
    @Test(arguments: Language.allCases) func aFactForOneRoleSaysWhoAnswersIt(language: Language) throws {
        var questionnaire = Self.questionnaire
        var context = try #require(questionnaire.context)
        let role = questionnaire.roles[0]
        context.items[0].fact = FactRole(role: role.id, evidence: LocalizedText(["nl": "Het oprichtingsbesluit.", "en": "The founding decision."]))
        context.items[0].showIf = nil
        questionnaire.context = context
        let html = PaperQuestionnaire(questionnaire: questionnaire, language: language).render()
        let first = html.components(separatedBy: "<span class=\"number\">1.</span>").dropFirst().first?.components(separatedBy: "</div>").first ?? ""
        let sentence = language == .nl ? "Alleen beantwoorden als u als rol &#39;\(HTMLEscape.text(role.label.text(language)))&#39; aankruiste."
            : "Only answer if you ticked &#39;\(HTMLEscape.text(role.label.text(language)))&#39; as your role."
        #expect(first.contains(sentence), "\(first)")
        #expect(first.contains(language == .nl ? "Het oprichtingsbesluit." : "The founding decision."))
    }

    /// The current bundled questionnaire (2026.2), which has a knowledge check.
    static let current: Questionnaire = BundledQuestionnaire.load().questionnaire!

    /// The example answer file, typed in as it stands, is accepted without one diagnostic: on
    /// 2026.1 a context question and two statements, on 2026.2 also a knowledge question.
    @Test(arguments: Language.allCases, [false, true])
    func theExampleAnswerFileIsAccepted(language: Language, current: Bool) throws {
        let questionnaire = current ? Self.current : Self.questionnaire
        let sheet = PaperAnswerSheet(questionnaire: questionnaire, language: language).example
        let base = Response(respondent: "R-AAAAAA", questionnaire: .init(id: questionnaire.id, version: questionnaire.version, sha256: BundledQuestionnaire.sha256),
                            municipality: "Test", year: 2026, role: "", language: language, started: Date(timeIntervalSince1970: 0))
        let result = ResponseLoader(questionnaire: questionnaire, questionnaireSHA256: BundledQuestionnaire.sha256)
            .load(file: "example.yaml", bytes: Array(sheet.utf8), kind: .answerSheet(base: base))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let response = try #require(result.response)
        #expect(response.role == questionnaire.roles[0].id)
        #expect(response.answers.count == (current ? 4 : 3))
        let knowledge = try #require(Self.current.knowledge?.items.first)
        #expect(response.answers[knowledge.id] != nil || !current, "the example covers the knowledge check")
    }

    /// The knowledge check is on the members' pages as sentences with their boxes, numbered on
    /// after the statements, without marking the right answer; the typist's page has its codes.
    @Test(arguments: Language.allCases) func theKnowledgeCheckIsOnPaper(language: Language) throws {
        let html = PaperQuestionnaire(questionnaire: Self.current, language: language).render()
        let form = html.components(separatedBy: "</main>")[0]
        let typist = html.components(separatedBy: "<section class=\"typist\">").last ?? ""
        let knowledge = try #require(Self.current.knowledge)
        let part = form.components(separatedBy: "<h2>\(HTMLEscape.text(knowledge.title.text(language)))</h2>").dropFirst().first?
            .components(separatedBy: "</section>").first ?? ""
        #expect(part.contains(language == .nl ? "Deze vragen toetsen wat de cel weet." : "These questions check what the cell knows."))
        let numbers = Dictionary(uniqueKeysWithValues: Self.current.allAskedItems.enumerated().map { ($1.id, $0 + 1) })
        for item in knowledge.items {
            let number = try #require(numbers[item.id])
            #expect(part.contains("<span class=\"number\">\(number).</span> \(HTMLEscape.text(item.question.text.text(language)))</p>"), "\(item.id)")
            for label in item.question.options.map(\.label) + item.question.missing.map(\.label) {
                #expect(part.contains("</span>\(HTMLEscape.text(label.text(language)))</li>"), "\(item.id) \(label.text(language))")
            }
            #expect(!form.contains(item.id))
            #expect(typist.contains("<code>\(item.id)</code>"))
            if let explanation = item.explanation { #expect(!form.contains(HTMLEscape.text(explanation.text(language))), "no answer given away") }
        }
        #expect(numbers[knowledge.items[0].id] == Self.current.allAskedItems.count - knowledge.items.count + 1)
        #expect(!part.contains("class=\"condition\""))
    }

    @Test(arguments: Language.allCases) func theFileIsSelfContainedAndPrintable(language: Language) {
        let html = PaperQuestionnaire(questionnaire: Self.questionnaire, language: language).render()
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("section.part, section.typist { break-before: page; }"))
        for forbidden in ["http://", "https://", "src=", "<script", "url("] { #expect(!html.contains(forbidden)) }
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
    }
}
