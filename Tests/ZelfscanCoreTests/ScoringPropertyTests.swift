import PropertyBased
import TestSupport
import Testing
@testable import ZelfscanCore

/// Questionnaires built in code for the properties: one dimension "d" of agree5 items.
enum PropertyFixtures {
    static func text(_ value: String) -> LocalizedText { LocalizedText(["nl": value, "en": value]) }

    static let agree5 = Scale(id: "agree5", title: nil,
                              options: (1...5).map { Scale.Option(value: Double($0), label: text("\($0)")) },
                              missing: [MissingOption(code: "dk", label: text("dk"))])

    static func item(_ index: Int, weight: Int, reverse: Bool) -> Item {
        Item(id: "d.\(index)", text: text("item \(index)"), help: nil, scale: "agree5", reverse: reverse,
             weight: Double(weight), showIf: nil)
    }

    static func questionnaire(_ items: [Item], minCoverage: Double = 0.6, scales: [Scale] = [agree5]) -> Questionnaire {
        Questionnaire(
            format: 1, id: "property", version: "1", languages: ["nl", "en"], title: text("p"),
            introduction: text("p"), privacy: text("p"), scales: scales,
            bands: [Band(from: 0, to: 50, code: "attention", label: text("a")),
                    Band(from: 50, to: 75, code: "developing", label: text("d")),
                    Band(from: 75, to: 100, code: "strength", label: text("s"))],
            roleGroups: [RoleGroup(id: "security", label: text("s")), RoleGroup(id: "social-preventive", label: text("s"))],
            roles: [Role(id: "police", group: "security", label: text("p")),
                    Role(id: "social-services", group: "social-preventive", label: text("s"))],
            referenceFigures: [], context: nil,
            dimensions: [Dimension(id: "d", title: text("d"), description: nil, minCoverage: minCoverage, items: items, advice: [:])])
    }

    /// 0 = no answer, 1–5 = that value, 6 = "don't know".
    static func answer(_ code: Int) -> Answer? {
        switch code {
        case 1...5: return .scale(Double(code))
        case 6: return .missing("dk")
        default: return nil
        }
    }

    static func response(_ code: String, role: String, answers: [String: Answer], municipality: String = "M") -> Response {
        ScoringExamples.response(code, role: role, answers, questionnaire: questionnaire([]), municipality: municipality)
    }

    /// An item spec: (answer code, weight, reverse).
    static let itemSpecs = zip(Gen.int(in: 0...6), Gen.int(in: 1...4), Gen.bool).array(of: 1...8)
}

@Suite("Scoring properties")
struct ScoringPropertyTests {
    static func score(_ specs: [(Int, Int, Bool)], role: String = "police",
                      extra: (answer: Answer?, weight: Int)? = nil) throws -> DimensionScore? {
        var items = specs.enumerated().map { PropertyFixtures.item($0.offset, weight: $0.element.1, reverse: $0.element.2) }
        var answers: [String: Answer] = [:]
        for (index, spec) in specs.enumerated() { answers["d.\(index)"] = PropertyFixtures.answer(spec.0) }
        if let extra {
            items.append(PropertyFixtures.item(specs.count, weight: extra.weight, reverse: false))
            answers["d.\(specs.count)"] = extra.answer
        }
        let questionnaire = PropertyFixtures.questionnaire(items)
        let response = PropertyFixtures.response("R-AAAAAA", role: role, answers: answers)
        return try Scorer(questionnaire: questionnaire).score(response).dimension("d")
    }

    @Test func scoresStayBetweenZeroAndHundred() async {
        await propertyCheck(input: PropertyFixtures.itemSpecs) { specs in
            let dimension = try #require(try Self.score(specs))
            #expect(dimension.items.allSatisfy { (0...100).contains($0.score) })
            if let value = dimension.value { #expect((0...100).contains(value)) }
        }
    }

    @Test func itemScoresStayInRangeOnAnyScale() async {
        let values = Gen.int(in: -20...20).array(of: 2...6).filter { Set($0).count > 1 }
        await propertyCheck(input: values, Gen.int(in: 0...5), Gen.bool) { values, pick, reverse in
            let scale = Scale(id: "s", title: nil,
                              options: values.map { Scale.Option(value: Double($0), label: PropertyFixtures.text("\($0)")) },
                              missing: [])
            let value = Double(values[pick % values.count])
            #expect((0...100).contains(ItemScore.score(value, reverse: reverse, on: scale)))
        }
    }

    @Test func reversingTwiceIsTheIdentity() async {
        await propertyCheck(input: Gen.int(in: -20...20), Gen.int(in: 1...20), Gen.int(in: 0...20)) { minimum, width, offset in
            let scale = Scale(id: "s", title: nil,
                              options: [Double(minimum), Double(minimum + width)].map { Scale.Option(value: $0, label: PropertyFixtures.text("o")) },
                              missing: [])
            let value = Double(minimum + offset % (width + 1))
            let once = ItemScore.keyed(value, reverse: true, on: scale)
            #expect(ItemScore.keyed(once, reverse: true, on: scale) == value)
            let mirrored = 100 - ItemScore.score(value, reverse: false, on: scale)
            #expect(abs(ItemScore.score(value, reverse: true, on: scale) - mirrored) < 1e-9)
        }
    }

    /// Adding an item answered "don't know" keeps the score, or removes it exactly when the
    /// answered weight falls below the coverage threshold of the larger shown weight.
    @Test func anAddedDontKnowOnlyMattersThroughCoverage() async {
        await propertyCheck(input: PropertyFixtures.itemSpecs, Gen.int(in: 1...4)) { specs, weight in
            let before = try #require(try Self.score(specs))
            let after = try #require(try Self.score(specs, extra: (.missing("dk"), weight)))
            #expect(after.answeredWeight == before.answeredWeight)
            #expect(after.shownWeight == before.shownWeight + Double(weight))
            let covered = after.answeredWeight > 0 && after.answeredWeight >= 0.6 * after.shownWeight - 1e-9
            if let value = before.value, covered {
                #expect(after.value == value)
            } else {
                #expect(after.value == nil)
            }
        }
    }

    /// Shuffling the responses of a cell changes nothing in its result.
    @Test func respondentOrderDoesNotMatter() async {
        let member = zip(Gen.int(in: 0...6).array(of: 4), Gen.bool)
        await propertyCheck(input: member.array(of: 1...9), Gen.uint64(in: 0...UInt64.max)) { members, seed in
            let questionnaire = PropertyFixtures.questionnaire((0..<4).map { PropertyFixtures.item($0, weight: $0 + 1, reverse: $0 == 1) })
            let responses = members.enumerated().map { index, member in
                var answers: [String: Answer] = [:]
                for (item, code) in member.0.enumerated() { answers["d.\(item)"] = PropertyFixtures.answer(code) }
                return PropertyFixtures.response("R-AAAA\(index + 10)", role: member.1 ? "police" : "social-services", answers: answers)
            }
            var random = SplitMix(seed: seed)
            let aggregator = CellAggregator(questionnaire: questionnaire)
            let original = try aggregator.rounds(responses)
            let shuffled = try aggregator.rounds(responses.shuffled(using: &random))
            #expect(original == shuffled)
        }
    }

    /// A group benchmark exists only when at least five distinct other municipalities of the group
    /// have a value: the cell itself is never one of its peers.
    @Test func smallGroupsNeverGetABenchmark() async {
        let entry = zip(Gen.int(in: 0...7), Gen.int(in: 1...16), Gen.int(in: 0...100).optional)
        await propertyCheck(input: entry.array(of: 0...14), Gen.int(in: 1...16)) { entries, ownCluster in
            let pool = entries.map { name, cluster, value in
                BenchmarkTests.entry("M\(name)", cluster, trust: value.map(Double.init))
            }
            let own = BenchmarkTests.entry("Eigen", ownCluster, trust: 50)
            let benchmark = PeerBenchmark(cell: own, pool: pool + [own])
            let group = BelfiusCluster(number: ownCluster)!.group
            let municipalities = Set(pool.filter { $0.cluster?.group == group && $0.cell.overall != nil }.map(\.cell.municipality))
            for row in benchmark.rows where row.scope == .group(group) {
                if municipalities.count < 5 {
                    #expect(row.outcome == .tooFewMunicipalities(municipalities.count))
                } else if case .tooFewMunicipalities = row.outcome {
                    Issue.record("a group of \(municipalities.count) municipalities got no benchmark")
                }
            }
        }
    }
}
