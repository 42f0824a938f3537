import PropertyBased
import Testing
@testable import ZelfscanCore

@Suite("k-anonymity of the cell panel")
struct ExportPropertyTests {
    static let fact = CellFact(categories: [("formal", "formal"), ("in-progress", "in-progress"), ("informal", "informal-or-none")],
                               coarse: [("formal", "formal"), ("in-progress", "not-formal"), ("informal-or-none", "not-formal")])
    /// A cell as (group 0–5 or unknown, fact category 0–2, first year 0–2, years 1–3, changes its fact in its last year).
    static let cell = zip(Gen.int(in: 0...6), Gen.int(in: 0...2), Gen.int(in: 0...2), Gen.int(in: 1...3), Gen.bool)

    static func population(_ specs: [(Int, Int, Int, Int, Bool)]) -> [String: [Int: PanelFacts]] {
        let groups = BelfiusCluster.Group.allCases.map(\.rawValue)
        let categories = fact.categoryCodes
        var cells: [String: [Int: PanelFacts]] = [:]
        for (index, spec) in specs.enumerated() {
            let years = Array((2024 + spec.2)..<(2024 + spec.2 + spec.3))
            for year in years {
                let category = spec.4 && year == years.last ? categories[(spec.1 + 1) % 3] : categories[spec.1]
                cells["M\(index)", default: [:]][year] = PanelFacts(group: spec.0 < groups.count ? groups[spec.0] : PanelFacts.unknown, facts: [category])
            }
        }
        return cells
    }

    @Test func everyReleasedSignatureIsSharedByAtLeastKAndNobodyIsSingledOut() async {
        await propertyCheck(input: Self.cell.array(of: 0...150), Gen.int(in: 5...9)) { specs, k in
            let cells = Self.population(specs)
            let plan = PanelAnonymity(cells, facts: [Self.fact], k: k)
            #expect(plan.classSizes.values.allSatisfy { $0 >= k })
            for (member, rounds) in cells {
                guard let released = plan.released(member) else { continue }
                #expect(Set(released.keys) == Set(rounds.keys), "a released cell keeps all its years")
                #expect(Set(released.values.map { $0.group == PanelFacts.removed }).count == 1, "coarsened alike in all years")
            }
            let panel = Dictionary(uniqueKeysWithValues: cells.keys.compactMap { member in plan.released(member).map { (member, $0) } })
            let result = LinkageSimulation(facts: [Self.fact]).run(truth: cells, panel: panel)
            #expect(result.singledOut == 0)
            #expect(panel.isEmpty || result.smallestCandidateSet >= k)
        }
    }

    /// The attacker is real: a panel released without coarsening singles cells out.
    @Test func theSimulationFindsWhatAnUncoarsenedPanelReveals() {
        let cells = Self.population((0..<30).map { ($0 % 7, $0 % 3, $0 % 3, 1 + $0 % 3, $0 % 2 == 0) })
        let result = LinkageSimulation(facts: [Self.fact]).run(truth: cells, panel: cells)
        #expect(result.singledOut > 0)
        #expect(result.smallestCandidateSet == 1)
    }
}
