/// The attacker of `docs/privacy.md`, run by every export on its own panel: someone who knows
/// each municipality's Belfius group, its cell facts in every year and the years it took part,
/// and looks for the panel rows each municipality could be. A cell id consistent with fewer
/// than k municipalities, or with exactly one, would single them out.
public struct LinkageSimulation: Sendable, Equatable {
    public struct Result: Sendable, Equatable {
        /// Cell ids in the panel.
        public var cells: Int
        /// Municipalities the attacker tries (every one with a round that could be released).
        public var municipalities: Int
        /// Cell ids consistent with exactly one municipality.
        public var singledOut: Int
        /// The fewest municipalities any cell id is consistent with; 0 for an empty panel.
        public var smallestCandidateSet: Int
    }

    public var facts: [CellFact]

    public init(facts: [CellFact]) {
        self.facts = facts
    }

    /// `truth`: every municipality's rounds as they are (the attacker's public facts);
    /// `panel`: each released cell id's rounds as released.
    public func run(truth: [String: [Int: PanelFacts]], panel: [String: [Int: PanelFacts]]) -> Result {
        var byYears: [[Int]: [[Int: PanelFacts]]] = [:]
        for rounds in truth.values { byYears[rounds.keys.sorted(), default: []].append(rounds) }
        var smallest = Int.max
        var singledOut = 0
        for rounds in panel.values {
            let candidates = (byYears[rounds.keys.sorted()] ?? []).filter { known in
                rounds.allSatisfy { year, released in consistent(released, known[year]!) }
            }.count
            smallest = min(smallest, candidates)
            if candidates == 1 { singledOut += 1 }
        }
        return Result(cells: panel.count, municipalities: truth.count, singledOut: singledOut,
                      smallestCandidateSet: panel.isEmpty ? 0 : smallest)
    }

    /// Whether a released round could be this known round: every released value is the known
    /// one, its coarse category, or removed.
    func consistent(_ released: PanelFacts, _ known: PanelFacts) -> Bool {
        guard released.group == PanelFacts.removed || released.group == known.group else { return false }
        for (index, fact) in facts.enumerated() {
            let value = released.facts[index], truth = known.facts[index]
            guard value == PanelFacts.removed || value == truth || value == fact.coarse(of: truth) else { return false }
        }
        return true
    }
}
