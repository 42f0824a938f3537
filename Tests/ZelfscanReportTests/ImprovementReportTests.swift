import Foundation
import Testing
import ZelfscanCore
@testable import ZelfscanReport

/// The parts that turn the report into the start of improvement: proposed actions, the meeting
/// guide, agreement per statement, who answered, and the facts.
@Suite("Improvement parts of the report")
struct ImprovementReportTests {
    static func reports(language: Language = .nl) -> [CellReport] {
        ReportFixture.cells.indices.compactMap { try? CellReport(try ReportFixture.input(language: language, cell: $0)) }
    }

    @Test(arguments: [Language.nl, .en]) func everyDemoCellGetsThreeToFiveProposalsNamingTheirStatements(language: Language) throws {
        let reports = Self.reports(language: language)
        #expect(reports.count >= ReportFixture.cells.count / 2)
        for report in reports {
            #expect((3...5).contains(report.proposals.count), "\(report.cover.municipality): \(report.proposals.count)")
            let markdown = MarkdownReport(report).render()
            let html = HTMLReport(report).render()
            for proposal in report.proposals {
                #expect(!proposal.statements.isEmpty)
                #expect(markdown.contains("| \(proposal.id) |"))
                #expect(html.contains("<th scope=\"row\">\(proposal.id)<br>"))
                for statement in proposal.statements {
                    #expect(html.contains(HTMLEscape.text("“\(statement)”")), "\(proposal.id) names \(statement)")
                }
            }
            let every = report.dimensions.reduce(0) { $0 + $1.advice.count }
            #expect(report.proposals.count < every, "never the whole list")
        }
    }

    @Test(arguments: [Language.nl, .en]) func theGuideAsksFiveToEightQuestionsWithTheirNumbers(language: Language) throws {
        for report in Self.reports(language: language) {
            let guide = report.guide
            #expect((MeetingGuide.minimum...MeetingGuide.maximum).contains(guide.questions.count), "\(report.cover.municipality): \(guide.questions.count)")
            #expect(guide.questions.allSatisfy { !$0.numbers.isEmpty && $0.numbers.contains(where: \.isNumber) })
            #expect(guide.questions.first?.kind == .weak)
            let statements = guide.questions.compactMap(\.itemID)
            #expect(Set(statements).count == statements.count, "no statement asked about twice")
            let markdown = MarkdownReport(report).render()
            let alone = MarkdownReport(report).renderGuide()
            for question in guide.questions {
                #expect(markdown.contains(question.numbers.replacingOccurrences(of: "_", with: "\\_")) || question.numbers.contains("*"))
                #expect(alone.contains(String(question.question.prefix(20)).replacingOccurrences(of: "_", with: "\\_")) || question.question.contains("*"))
            }
            let html = HTMLReport(report).renderGuide()
            #expect(html.contains("<main>") && html.contains("</main>"))
            #expect(html.contains("id=\"action-plan\""))
            #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
            if report.synthetic {
                #expect(alone.hasPrefix("> **"))
                #expect(html.components(separatedBy: "<p class=\"strip\">").count - 1 == html.components(separatedBy: "<section ").count - 1,
                        "every part of the guide sheet carries the demo-data label")
            }
        }
    }

    @Test func aDimensionsAgreementIsPutInWordsOnlyWhenItsStatementsAgree() throws {
        var disputedSeen = 0
        for report in Self.reports(language: .en) {
            let markdown = MarkdownReport(report).render()
            for section in report.dimensions {
                let part = try #require(markdown.components(separatedBy: "## \(section.title):").dropFirst().first)
                let agreement = part.components(separatedBy: "### Agreement and role groups").dropFirst().first ?? ""
                let lines = agreement.components(separatedBy: "###").first ?? ""
                if !section.disputed.isEmpty {
                    disputedSeen += 1
                    #expect(!lines.contains("Agreement rwg ="), "\(section.title) has disputed statements")
                    #expect(lines.contains("Disputed: the members disagree on"))
                }
                if section.result.disagreement { #expect(!lines.contains("Agreement rwg =")) }
            }
        }
        #expect(disputedSeen > 0, "the demo data has disputed statements")
    }

    @Test func theFactsShowTheNumberOfCases() throws {
        let report = try CellReport(try ReportFixture.input(language: .nl))
        let cases = try #require(report.facts.first { $0.itemID == "context.cases" })
        // 2026.1 (the fixture): every member estimates the number; 2026.2 asks the coordinator (FactRoleReportTests).
        guard case .number(let median, let lowest, let highest, let unit) = cases.answers else {
            Issue.record("the number of cases is shown as a number, not \(cases.answers)")
            return
        }
        #expect(lowest <= median && median <= highest)
        #expect(unit == "casussen")
        let markdown = MarkdownReport(report).render()
        #expect(markdown.contains("## Feiten over uw groep"))
        #expect(markdown.contains("Hoeveel casussen heeft de cel de voorbije twaalf maanden besproken?"))
        #expect(HTMLReport(report).render().contains("id=\"facts\""))
    }

    /// Demogemeente 008 of the coach trial: the mayor and the coordinator answered the year before
    /// and not now. Here a cell's last round loses every respondent of one role.
    @Test(arguments: [Language.nl, .en]) func aChangeInWhoAnsweredIsFlaggedBesideTheChange(language: Language) throws {
        let aggregator = CellAggregator(questionnaire: ReportFixture.questionnaire)
        var checked = 0
        for index in ReportFixture.cells.indices {
            var input = try ReportFixture.input(language: language, cell: index)
            guard input.rounds.count >= 2 else { continue }
            let roles = Dictionary(grouping: input.responses, by: \.role)
            guard let (dropped, _) = roles.filter({ $0.value.count <= input.responses.count - 3 }).min(by: { $0.key < $1.key })
            else { continue }
            input.responses = input.responses.filter { $0.role != dropped }
            let round = try #require(try aggregator.rounds(input.responses).first)
            input.round = round
            input.rounds = input.rounds.dropLast() + [round]
            guard let report = try? CellReport(input) else { continue }
            let change = try #require(report.roleChange)
            let label = ReportFixture.questionnaire.role(dropped)!.label.text(language)
            #expect(change.gone.contains(label))
            let markdown = MarkdownReport(report).render()
            let html = HTMLReport(report).render()
            let warning = ImprovementText(language).roleChange(previous: change.previousYear, gone: change.gone, new: change.new)
            #expect(!warning.contains(label), "the warning says how many roles changed, never which")
            #expect(markdown.contains(warning))
            #expect(html.contains(HTMLEscape.text(warning)))
            for section in report.dimensions where section.trend.count >= 2 && section.trend.allSatisfy({ $0.mean != nil }) {
                let lines = ImprovementLines(report).roleChange(section)
                #expect(lines.count == 2)
                if case let same?? = change.sameRoles[section.id] {
                    #expect(same.before >= 3 && same.after >= 3)
                }
            }
            checked += 1
        }
        #expect(checked > 0)
    }

    @Test func theSameRolesChangeIsHiddenWhenOneOrTwoMembersAreLeftOut() throws {
        let questionnaire = ReportFixture.questionnaire
        let dimension = try #require(questionnaire.dimensions.first).id
        func respondent(_ code: String, _ role: String, _ year: Int, _ value: Double) -> RespondentScore {
            RespondentScore(respondent: code, role: role, roleGroup: nil, municipality: "Testgem", year: year, synthetic: true,
                            dimensions: [DimensionScore(dimensionID: dimension, items: [ItemScore(itemID: "x", weight: 1, score: value)],
                                                        shownWeight: 1, minimumCoverage: 0.6)])
        }
        let template = try ReportFixture.input().round
        func round(_ year: Int, _ respondents: [RespondentScore]) -> CellRound {
            var round = template
            round.year = year
            round.respondents = respondents
            return round
        }
        let before = round(2025, [respondent("A", "police", 2025, 50), respondent("B", "police", 2025, 60), respondent("C", "police", 2025, 70),
                                  respondent("D", "mayor", 2025, 90), respondent("E", "coordinator", 2025, 80)])
        let after = round(2026, [respondent("F", "police", 2026, 40), respondent("G", "police", 2026, 50), respondent("H", "police", 2026, 60)])
        let hidden = try #require(RoleChange(previous: before, current: after, questionnaire: questionnaire, minimum: 3, language: .en))
        #expect(hidden.sameRoles[dimension] == .some(nil), "two members left out: their mean would show")
        let larger = round(2025, before.respondents + [respondent("I", "mayor", 2025, 85)])
        let shown = try #require(RoleChange(previous: larger, current: after, questionnaire: questionnaire, minimum: 3, language: .en))
        #expect(shown.sameRoles[dimension] == .some(.init(change: -10, before: 3, after: 3)))
        #expect(RoleChange(previous: after, current: after, questionnaire: questionnaire, minimum: 3, language: .en) == nil)
    }
}

@Suite("Facts answered by one role")
struct FactRoleReportTests {
    /// `answered_by: coordinator` with `others: knowledge` on the number of cases: the coordinator's
    /// answer is the cell's fact; the others' answers only count as "don't know" or not.
    @Test func theFactIsTheRolesAnswerAndTheOthersOnlyShowWhatTheyKnow() throws {
        var input = try ReportFixture.input(language: .en)
        let context = try #require(input.questionnaire.context)
        let index = try #require(context.items.firstIndex { $0.id == "context.cases" })
        input.questionnaire.context?.items[index].fact = FactRole(role: "coordinator", others: .knowledge)
        let coordinator = try #require(input.responses.firstIndex { $0.role == "coordinator" } ?? input.responses.indices.first)
        input.responses[coordinator].role = "coordinator"
        input.responses[coordinator].answers["context.cases"] = .number(7)
        for other in input.responses.indices where other != coordinator {
            input.responses[other].answers["context.cases"] = other % 2 == 0 ? .missing("dk") : .number(30)
        }
        let report = try CellReport(input)
        let fact = try #require(report.facts.first { $0.itemID == "context.cases" })
        #expect(fact.answers == .given("7 cases"))
        #expect(fact.answeredBy == "Coordinator (coordinating official)")
        #expect(fact.othersAsked == input.responses.count - 1)
        let unsure = input.responses.indices.filter { $0 != coordinator && $0 % 2 == 0 }.count
        #expect(fact.othersDontKnow == unsure)
        #expect(FactWords(ImprovementText(.en)).answer(fact)
                == "7 cases (according to the coordinator (coordinating official)); other members: \(unsure) of \(input.responses.count - 1) don't know")
        if unsure >= 2 {
            #expect(report.guide.questions.contains { $0.kind == .dontKnow && $0.numbers.hasPrefix("7 cases") })
        }
        let markdown = MarkdownReport(report).render()
        #expect(!markdown.contains("30 cases"), "the others' answers are never shown as the fact")
    }
}
