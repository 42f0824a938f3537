import PropertyBased
import Testing
@testable import ZelfscanCore

@Suite("k-anonymity properties")
struct ExportPropertyTests {
    /// Municipalities as (group 0–5 or unknown, province 0–4 or unknown, level, years present).
    static let municipality = zip(Gen.int(in: 0...6), Gen.int(in: 0...5), Gen.bool, Gen.int(in: 1...3))

    @Test func everyReleasedCombinationCoversAtLeastKMunicipalities() async {
        await propertyCheck(input: Self.municipality.array(of: 0...120), Gen.int(in: 1...8)) { specs, k in
            var units: [KAnonymityPlan.Unit: QuasiIdentifiers] = [:]
            for (index, spec) in specs.enumerated() {
                let groups = BelfiusCluster.Group.allCases.map(\.rawValue)
                let provinces = Province.allCases.map(\.rawValue)
                for year in 2025..<(2025 + spec.3) {
                    units[KAnonymityPlan.Unit(pseudonym: "M\(index)", year: year)] = QuasiIdentifiers(
                        group: spec.0 < groups.count ? groups[spec.0] : nil,
                        province: spec.1 < provinces.count ? provinces[spec.1] : nil,
                        level: spec.2 ? "municipal" : "zone", year: year)
                }
            }
            let plan = KAnonymityPlan(units, k: k)
            var members: [QuasiIdentifiers: Set<String>] = [:]
            for unit in units.keys {
                if let released = plan.released(unit) { members[released, default: []].insert(unit.pseudonym) }
            }
            #expect(members.values.allSatisfy { $0.count >= k })
            var patterns: [String: Set<Coarsening>] = [:]
            for (unit, decision) in plan.decisions where decision != .suppressed { patterns[unit.pseudonym, default: []].insert(decision) }
            #expect(patterns.values.allSatisfy { $0.count == 1 }, "a municipality is coarsened alike in all its years")
        }
    }

    /// 15 runs: each builds a whole export, and the plan itself is checked 100 times above.
    @Test func anExportOfAnyDemoDataIsKAnonymous() async throws {
        await propertyCheck(count: 15, input: Gen.uint64(in: 0...1000), Gen.int(in: 5...30), Gen.int(in: 2...7)) { seed, count, k in
            let export = try ExportFixtures.export(try ExportFixtures.sources(municipalities: count, years: 2, seed: seed), k: k)
            for table in export.tables {
                var members: [[ExportTable.Value]: Set<ExportTable.Value>] = [:]
                for row in table.rows { members[[row[1], row[2], row[3], row[4]], default: []].insert(row[0]) }
                #expect(members.values.allSatisfy { $0.count >= k })
            }
        }
    }
}
