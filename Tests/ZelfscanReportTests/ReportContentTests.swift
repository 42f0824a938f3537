import Foundation
import Testing
import ZelfscanCore
@testable import ZelfscanReport

@Suite("Report content")
struct ReportContentTests {
    @Test func demoDataAlwaysCarriesTheBanner() throws {
        var checked = 0
        for index in ReportFixture.cells.indices {
            guard let report = try? CellReport(try ReportFixture.input(cell: index)) else { continue }
            checked += 1
            #expect(report.synthetic)
            let html = HTMLReport(report).render()
            let markdown = MarkdownReport(report).render()
            let banner = ReportText(language: .nl).syntheticBanner(cellInvented: true)
            #expect(markdown.hasPrefix("> **\(banner)**"))
            #expect(html.contains("<p class=\"banner\" role=\"note\">\(HTMLEscape.text(banner))</p>"))
            let sections = html.components(separatedBy: "<section ").count - 1
            let strips = html.components(separatedBy: "<p class=\"strip\">").count - 1
            #expect(strips == sections - 1, "every part after the cover repeats the label")
        }
        #expect(checked >= ReportFixture.cells.count / 2, "only \(checked) of \(ReportFixture.cells.count) demo cells gave a report")
    }

    @Test func realDataHasNoBanner() throws {
        var input = try ReportFixture.input(language: .en)
        input.workspace.synthetic = false
        input.round.synthetic = false
        input.responses = input.responses.map { var response = $0; response.synthetic = false; return response }
        input.peers = nil
        let report = try CellReport(input)
        #expect(!report.synthetic)
        #expect(!HTMLReport(report).render().contains("SYNTHETIC"))
        #expect(!MarkdownReport(report).render().contains("SYNTHETIC"))
    }

    @Test func aCellWithFewerThanThreeResponsesGetsNoReport() throws {
        let input = try ReportFixture.input()
        let aggregator = CellAggregator(questionnaire: ReportFixture.questionnaire)
        let two = Array(input.responses.prefix(2))
        var small = input
        small.round = try #require(try aggregator.rounds(two).first)
        small.responses = two
        #expect(throws: ReportError.tooFewRespondents(municipality: input.round.municipality, year: input.round.year,
                                                      submitted: 2, minimum: 3)) {
            try CellReport(small)
        }
        #expect(ReportError.tooFewRespondents(municipality: "Gent", year: 2026, submitted: 2, minimum: 3).message(.en)
                == "no report for Gent 2026: 2 submitted responses, at least 3 are needed to protect individual answers")
    }

    @Test func commentsAppearOnlyOnRequestWithAWarningAndInNoParticularOrder() throws {
        var input = try ReportFixture.input(language: .en)
        input.responses[0].comments = ["trust": "Zeta: the hand-over went badly."]
        input.responses[1].comments = ["trust": "Alpha: meetings are short."]
        let without = MarkdownReport(try CellReport(input)).render()
        #expect(!without.contains("hand-over went badly"))
        #expect(!without.contains(ReportText(language: .en).commentsWarning))
        input.includeComments = true
        let with = MarkdownReport(try CellReport(input)).render()
        #expect(with.contains(ReportText(language: .en).commentsWarning))
        let alpha = try #require(with.range(of: "Alpha: meetings"))
        let zeta = try #require(with.range(of: "Zeta: the hand-over"))
        #expect(alpha.lowerBound < zeta.lowerBound, "sorted by text, not by respondent")
    }

    @Test func contextSentencesNameTheirSource() throws {
        let markdown = MarkdownReport(try CellReport(try ReportFixture.input())).render()
        #expect(markdown.contains("van de Vlaamse gemeenten, VVSG-ledenbevraging 2022, Tabel 12, n = 126."))
        #expect(markdown.contains("Bron: VVSG-ledenbevraging 2022, Figuur 8"))
    }

    @Test func theActionPlanProposesAdviceForTheWeakestStatementsWithTheirIds() throws {
        let report = try CellReport(try ReportFixture.input(language: .en))
        #expect((3...5).contains(report.proposals.count))
        #expect(report.proposals.map(\.id) == report.proposals.indices.map { "P\($0 + 1)" })
        let weakest = try #require(report.weakest.first)
        #expect(report.proposals.first?.statements.first == weakest.text)
        #expect(report.proposals.allSatisfy { row in report.dimensions.contains { $0.title == row.dimension } })
    }

    @Test func theDateComesFromTheEnvironmentOrTheData() throws {
        let input = try ReportFixture.input()
        #expect(ReportDate.resolve(sourceDateEpoch: "1767225600", responses: input.responses) == Date(timeIntervalSince1970: 1_767_225_600))
        #expect(ReportDate.resolve(sourceDateEpoch: nil, responses: input.responses) == input.responses.compactMap(\.submitted).max())
        #expect(CoverFacts.day(Date(timeIntervalSince1970: 1_767_225_600)) == "2026-01-01")
    }
}

@Suite("Report privacy rules")
struct ReportPrivacyTests {
    /// A demo round relabelled so two role groups have three members each.
    static func sixMembers() throws -> ReportInput {
        let cell = try #require(ReportFixture.cells.first { cell in
            cell.responses.filter { $0.year == 2026 && $0.status == .submitted }.count >= 6
        })
        var submitted = Array(cell.responses.filter { $0.year == 2026 && $0.status == .submitted }.prefix(6))
        for index in submitted.indices { submitted[index].role = index < 3 ? "police" : "social-services" }
        let round = try #require(try CellAggregator(questionnaire: ReportFixture.questionnaire).rounds(submitted).first)
        return ReportInput(questionnaire: ReportFixture.questionnaire, workspace: cell.workspace, round: round,
                           responses: submitted, language: .en)
    }

    @Test func roleGroupMeansAppearOnlyWhenEveryGroupHasThree() throws {
        let shown = MarkdownReport(try CellReport(try Self.sixMembers())).render()
        #expect(shown.contains("By role group: Security "))
        #expect(shown.contains("| By role group | Security: 3; Social-preventive: 3 |"))
        let hidden = MarkdownReport(try CellReport(try ReportFixture.input(language: .en))).render()
        #expect(!hidden.contains("By role group: Security "))
        #expect(hidden.contains("Differences between role groups are not shown to protect respondents"))
    }

    @Test func anEarlierRoundWithFewerThanThreeResponsesStaysOffTheTrend() throws {
        var input = try ReportFixture.input(language: .en)
        let earlier = try #require(input.rounds.first { $0.year == 2025 })
        let aggregator = CellAggregator(questionnaire: ReportFixture.questionnaire)
        let two = ReportFixture.cells[0].responses.filter { $0.year == 2025 && $0.status == .submitted }.prefix(2)
        let small = try #require(try aggregator.rounds(Array(two)).first)
        #expect(earlier.n >= 3 && small.n == 2)
        input.rounds = [small, input.round]
        let report = try CellReport(input)
        #expect(report.dimensions.allSatisfy { $0.trend.map(\.year) == [2026] })
        #expect(!MarkdownReport(report).render().contains("| 2025 |"))
    }
}
