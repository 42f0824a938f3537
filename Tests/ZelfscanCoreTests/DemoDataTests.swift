import Foundation
import TestSupport
import Testing
@testable import ZelfscanCore

@Suite("Demo data")
struct DemoDataTests {
    static func bundled() throws -> Questionnaire {
        try #require(try BundledQuestionnaireTests.loadArchived().questionnaire)
    }

    static func generate(seed: UInt64, municipalities: Int = 12, years: Int = 2) throws -> [DemoCell] {
        DemoDataGenerator(questionnaire: try bundled(), seed: seed, municipalities: municipalities, years: years,
                          firstYear: 2025, questionnaireSHA256: "abc123").generate()
    }

    @Test func sameSeedSameData() throws {
        #expect(try Self.generate(seed: 7) == Self.generate(seed: 7))
    }

    /// Without `membersPerCell` the generator draws exactly what it drew before the option
    /// existed: the example reports and other tests are built on that data. The fingerprint
    /// covers every drawn value, not the file format, which may change on its own.
    @Test func defaultDataIsUnchanged() throws {
        var text = ""
        for cell in try Self.generate(seed: 7) {
            let workspace = cell.workspace
            text += "\(workspace.municipality) \(workspace.level) \(String(describing: workspace.cluster)) \(String(describing: workspace.province)) \(workspace.year)\n"
            for response in cell.responses {
                text += "\(response.respondent) \(response.role) \(response.year) \(response.status) "
                text += "\(response.started.timeIntervalSince1970) \(response.updated.timeIntervalSince1970) "
                text += "\(String(describing: response.submitted?.timeIntervalSince1970)) \(response.skipped)\n"
                for (item, answer) in response.answers.sorted(by: { $0.key < $1.key }) { text += "  \(item) \(answer)\n" }
            }
        }
        #expect(ContentHash.sha256(Array(text.utf8)) == "2c236f6d2bcf4f285d24c1e32ed8da7bdafc5d64a1bb2a25930a6de8655b72e3")
    }

    @Test func otherSeedOtherData() throws {
        #expect(try Self.generate(seed: 7) != Self.generate(seed: 8))
    }

    @Test func everythingIsSyntheticAndLabelled() throws {
        let cells = try Self.generate(seed: 3)
        #expect(cells.count == 12)
        #expect(cells.map(\.workspace.municipality) == (1...12).map { String(format: "Demogemeente %03d", $0) })
        for cell in cells {
            #expect(cell.workspace.synthetic)
            #expect(cell.workspace.year == 2026)
            #expect(cell.responses.allSatisfy { $0.synthetic && $0.municipality == cell.workspace.municipality })
            #expect(cell.responses.allSatisfy { $0.questionnaire == .init(id: "livc-r", version: "2026.1", sha256: "abc123") })
            #expect(Set(cell.responses.map(\.year)) == [2025, 2026])
        }
    }

    @Test func responsesAreValidAndRespectConditions() throws {
        let questionnaire = try Self.bundled()
        let responses = try Self.generate(seed: 5).flatMap(\.responses)
        for response in responses {
            #expect(RespondentCode.isValid(response.respondent), "\(response.respondent)")
            #expect(questionnaire.role(response.role) != nil)
            let visibility = Visibility(questionnaire: questionnaire, role: response.role, answers: response.answers)
            #expect(Set(response.answers.keys).isSubset(of: Set(visibility.shownItems)), "\(response.respondent) answered a hidden item")
            #expect(response.status == .draft || response.submitted != nil)
            #expect(response.updated >= response.started)
            let year = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: response.started).year
            #expect(year == response.year)
        }
        #expect(try CellAggregator(questionnaire: questionnaire).rounds(responses).count == 24)
    }

    /// Rounds on an earlier version answer with that version's options: 2026.2 added "Justitiehuis"
    /// to a partner list that 2026.1 has under the same id.
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func roundsOnTheEarlierVersionAreValidForIt(seed: UInt64) throws {
        let library = QuestionnaireLibrary.bundled
        let current = try #require(library.entries.first)
        let earlier = try #require(library.entries.first { $0.questionnaire.version == "2026.1" })
        let cells = DemoDataGenerator(questionnaire: current.questionnaire, seed: seed, municipalities: 12, years: 2, firstYear: 2025,
                                      questionnaireSHA256: current.sha256, earlier: (earlier.questionnaire, earlier.sha256)).generate()
        var earlierRounds = 0
        for response in cells.flatMap(\.responses) {
            let entry = try #require(library.entry(for: response.questionnaire))
            if entry.questionnaire.version == "2026.1" { earlierRounds += 1 }
            let text = try ResponseEncoder().encode(response, questionnaire: entry.questionnaire)
            let loaded = ResponseLoader(questionnaire: entry.questionnaire, questionnaireSHA256: entry.sha256)
                .load(file: "\(response.respondent).yaml", bytes: Array(text.utf8))
            #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty,
                    "\(response.questionnaire.version) \(response.respondent): \(loaded.diagnostics.map(\.message))")
        }
        #expect(earlierRounds > 0)
    }

    @Test func cellsHaveRealisticMembers() throws {
        let cells = try Self.generate(seed: 9, municipalities: 100, years: 1)
        var roleShare: [String: Int] = [:]
        for cell in cells {
            #expect((4...10).contains(cell.responses.count))
            #expect(cell.responses.contains { $0.role == "coordinator" })
            for role in Set(cell.responses.map(\.role)) { roleShare[role, default: 0] += 1 }
            #expect(Set(cell.responses.map(\.respondent)).count == cell.responses.count)
        }
        #expect((90...100).contains(roleShare["police", default: 0]))
        #expect((88...100).contains(roleShare["mayor", default: 0]))
        #expect((65...95).contains(roleShare["social-services", default: 0]))
        #expect((45...75).contains(roleShare["prevention", default: 0]))
        #expect((25...55).contains(roleShare["education", default: 0]))
        #expect((20...50).contains(roleShare["youth-welfare", default: 0]))
    }

    /// `--members N`: every cell has exactly N members in every round, the usual roles first and
    /// then more members of the common roles.
    @Test(arguments: [4, 15])
    func fixedNumberOfMembers(size: Int) throws {
        let cells = DemoDataGenerator(questionnaire: try Self.bundled(), seed: 9, municipalities: 40, years: 2,
                                      firstYear: 2025, questionnaireSHA256: "abc123", membersPerCell: size).generate()
        var police: [Int] = []
        for cell in cells {
            for year in [2025, 2026] {
                let round = cell.responses.filter { $0.year == year }
                #expect(round.count == size, "\(cell.workspace.municipality) \(year)")
                #expect(Set(round.map(\.respondent)).count == size)
                #expect(round.contains { $0.role == "coordinator" })
                police.append(round.filter { $0.role == "police" }.count)
            }
        }
        if size == 15 {
            #expect(police.allSatisfy { $0 >= 2 }, "large cells have several police officers")
            let submitted = cells.flatMap(\.responses).filter { $0.status == .submitted }.count
            #expect((0.84...0.96).contains(Double(submitted) / Double(40 * 2 * 15)))
        }
    }

    @Test func fixedMembersKeepTheCellsTheSame() throws {
        let usual = try Self.generate(seed: 7)
        let fixed = DemoDataGenerator(questionnaire: try Self.bundled(), seed: 7, municipalities: 12, years: 2,
                                      firstYear: 2025, questionnaireSHA256: "abc123", membersPerCell: 15).generate()
        #expect(fixed.map(\.workspace) == usual.map(\.workspace))
    }

    @Test func proportionsOverThreeHundredMunicipalities() throws {
        let cells = try Self.generate(seed: 1, municipalities: 300, years: 1)
        let clusters = Dictionary(grouping: cells.compactMap(\.workspace.cluster), by: \.number).mapValues(\.count)
        #expect(BelfiusCluster.all.map { clusters[$0.number, default: 0] } == BelfiusCluster.municipalityCounts)
        let provinces = Dictionary(grouping: cells.compactMap(\.workspace.province), by: { $0 }).mapValues(\.count)
        #expect(Province.allCases.allSatisfy { provinces[$0] == $0.municipalityCount })
        let municipal = cells.filter { $0.workspace.level == .municipal }.count
        #expect((150...210).contains(municipal))
        let responses = cells.flatMap(\.responses)
        let drafts = Double(responses.filter { $0.status == .draft }.count) / Double(responses.count)
        #expect((0.06...0.14).contains(drafts))
        let scored = responses.filter { $0.status == .submitted }.flatMap { response in
            response.answers.filter { !$0.key.hasPrefix("context.") }.values
        }
        let dontKnow = Double(scored.filter { !$0.isAnswer }.count) / Double(scored.count)
        #expect((0.04...0.08).contains(dontKnow), "don't know \(dontKnow)")
        let agreement = responses.filter { $0.role == "coordinator" }.compactMap { $0.answers["context.agreement"] }
        let formal = Double(agreement.filter { $0 == .choice("formal") }.count) / Double(agreement.count)
        #expect((0.32...0.50).contains(formal), "formal agreement \(formal)")
    }

    @Test func roundsFormTrends() throws {
        let questionnaire = try Self.bundled()
        let cells = try Self.generate(seed: 13, municipalities: 60, years: 3)
        let rounds = try CellAggregator(questionnaire: questionnaire).rounds(cells.flatMap(\.responses))
        let trends = try CellTrend.trends(rounds)
        #expect(trends.count == 60)
        #expect(trends.allSatisfy { $0.rounds.map(\.year) == [2025, 2026, 2027] })
        let overall = trends.flatMap { $0.steps.compactMap(\.overall) }
        #expect((0.5...4).contains(Descriptive.mean(overall) ?? 0), "mean drift \(Descriptive.mean(overall) ?? .nan)")
    }

    /// The generator only relies on the questionnaire it is given.
    @Test func worksForAnyQuestionnaire() throws {
        let questionnaire = try #require(load(Fixture.questionnaire).questionnaire)
        let cells = DemoDataGenerator(questionnaire: questionnaire, seed: 2, municipalities: 10, years: 1,
                                      firstYear: 2026, questionnaireSHA256: "0").generate()
        let responses = cells.flatMap(\.responses)
        #expect(responses.count >= 40)
        for response in responses {
            let visibility = Visibility(questionnaire: questionnaire, role: response.role, answers: response.answers)
            #expect(Set(response.answers.keys).isSubset(of: Set(visibility.shownItems)))
        }
        #expect(try CellAggregator(questionnaire: questionnaire).rounds(responses).count == 10)
    }

    @Test func writtenAgreementMatchesTheContextAnswer() throws {
        let responses = try Self.generate(seed: 17, municipalities: 40, years: 1).flatMap(\.responses)
        for response in responses {
            guard case .choice(let code)? = response.answers["context.agreement"],
                  case .scale(let value)? = response.answers["information-sharing.written-agreement"] else { continue }
            switch code {
            case "formal": #expect(value >= 3)
            case "in-progress": #expect(value == 2)
            default: #expect(value == 1)
            }
        }
    }

    @Test func roleGroupsDifferAsDesigned() throws {
        let questionnaire = try Self.bundled()
        let responses = try Self.generate(seed: 21, municipalities: 150, years: 1).flatMap(\.responses)
        let scores = try CellAggregator(questionnaire: questionnaire).rounds(responses).flatMap(\.respondents)
        func mean(_ group: String, _ dimension: String) -> Double {
            Descriptive.mean(scores.filter { $0.roleGroup == group }.compactMap { $0.dimension(dimension)?.value }) ?? 0
        }
        #expect(mean("security", "information-sharing") > mean("social-preventive", "information-sharing") + 3)
        #expect(mean("security", "trust") > mean("social-preventive", "trust") + 3)
    }

    @Test func respondentCodes() {
        var generator = SplitMix(seed: 4)
        let codes = (0..<200).map { _ in RespondentCode.generate(using: &generator) }
        #expect(codes.allSatisfy(RespondentCode.isValid))
        #expect(codes.allSatisfy { $0.count == 8 && !$0.dropFirst(2).contains { "01OIL".contains($0) } })
        #expect(Set(codes).count == codes.count)
        var again = SplitMix(seed: 4)
        #expect(RespondentCode.generate(using: &again) == codes[0])
        #expect(RespondentCode.generate(using: &generator, avoiding: Set(codes)).count == 8)
        #expect(!RespondentCode.isValid("R-7KQ4M0"))
        #expect(!RespondentCode.isValid("X-7KQ4M2"))
        #expect(RespondentCode.isValid("R-7KQ4M2"))
    }
}
