import Foundation
import TestSupport
import Testing
@testable import ZelfscanCore

@Suite("Demo data")
struct DemoDataTests {
    static func bundled() throws -> Questionnaire {
        try #require(try BundledQuestionnaireTests.loadBundled().questionnaire)
    }

    static func generate(seed: UInt64, municipalities: Int = 12, years: Int = 2) throws -> [DemoCell] {
        DemoDataGenerator(questionnaire: try bundled(), seed: seed, municipalities: municipalities, years: years,
                          firstYear: 2025, questionnaireSHA256: "abc123").generate()
    }

    @Test func sameSeedSameData() throws {
        #expect(try Self.generate(seed: 7) == Self.generate(seed: 7))
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
