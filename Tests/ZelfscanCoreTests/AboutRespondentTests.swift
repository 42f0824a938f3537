import Foundation
import Testing
import YAML
@testable import ZelfscanCore

/// The format 2 key `about: respondent`: a context question each member answers about themselves,
/// never a fact about the cell.
@Suite("about: respondent")
struct AboutRespondentTests {
    static let partners = "    - id: context.partners\n      type: multiple\n"

    @Test func marksTheItemAndNothingElse() throws {
        let text = FormatTwoFixture.editing(Self.partners, Self.partners + "      about: respondent\n")
        let result = load(text)
        #expect(result.errors.isEmpty, "\(result.errors.map(\.message))")
        let items = try #require(result.questionnaire?.context?.items)
        #expect(items.filter(\.aboutRespondent).map(\.id) == ["context.partners"])
    }

    @Test func cellIsTheDefaultAndMayBeWritten() throws {
        let text = FormatTwoFixture.editing(Self.partners, Self.partners + "      about: cell\n")
        let result = load(text)
        #expect(result.errors.isEmpty, "\(result.errors.map(\.message))")
        #expect(result.questionnaire?.context?.items.contains(where: \.aboutRespondent) == false)
    }

    @Test func anUnknownValueIsLocatedWithTheKnownOnes() throws {
        let text = FormatTwoFixture.editing(Self.partners, Self.partners + "      about: respondant\n")
        let error = try load(text).onlyError()
        #expect(error.message == "'about' of context item 'context.partners' is 'respondant'; did you mean 'respondent'?")
        #expect(error.mark == (try text.mark(of: "respondant")))
        #expect(error.hint?.contains("about: respondent") == true)
    }

    @Test func aFactOfOneRoleIsAboutTheCell() throws {
        let text = FormatTwoFixture.editing("      answered_by: prevention\n      others", "      about: respondent\n      answered_by: prevention\n      others")
        let result = load(text)
        let error = try result.onlyError()
        #expect(error.message == "context item 'context.level' says 'about: respondent', but 'answered_by' makes it a fact about the cell")
        #expect(error.mark == (try text.mark(of: "respondent\n      answered_by")))
    }

    @Test func aFormatOneFileRefusesTheKey() throws {
        let text = Fixture.editing((Self.partners, Self.partners + "      about: respondent\n"))
        let error = try load(text).onlyError()
        #expect(error.message == "'about' is a format 2 key, but the file says 'format: 1'")
    }

    @Test(arguments: [
        (Self.partners, Self.partners + "      about: respondant\n"),
        ("      answered_by: prevention\n      others", "      about: respondent\n      answered_by: prevention\n      others"),
    ])
    func everyMessageIsInDutchToo(edit: (String, String)) throws {
        let text = FormatTwoFixture.editing(edit.0, edit.1)
        let result = load(text)
        #expect(!result.errors.isEmpty)
        for diagnostic in result.diagnostics {
            #expect(diagnostic.text.nl != diagnostic.text.en, "not translated: \(diagnostic.text.en)")
            if let hint = diagnostic.hintText { #expect(hint.nl != hint.en, "hint not translated: \(hint.en)") }
        }
    }

    @Test func theBundledReferenceCaseIsAboutTheRespondent() throws {
        let questionnaire = try #require(BundledQuestionnaire.load().questionnaire)
        let item = try #require(questionnaire.context?.items.first { $0.id == "context.reference-case" })
        #expect(item.aboutRespondent)
        #expect(item.fact == nil && item.cellFact == nil)
    }
}
