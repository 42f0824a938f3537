/// Decides, for every cell round (pseudonym + year), how much to coarsen its quasi-identifiers
/// so that every combination left in the export covers at least k municipalities: province
/// first, then level, then suppression. A municipality is coarsened alike in all its years,
/// because its pseudonym links the years: a province shown in one year would otherwise undo its
/// removal in another.
public struct KAnonymityPlan: Sendable, Equatable {
    public struct Unit: Sendable, Hashable, Comparable {
        public var pseudonym: String
        public var year: Int

        public init(pseudonym: String, year: Int) {
            self.pseudonym = pseudonym
            self.year = year
        }

        public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.pseudonym, lhs.year) < (rhs.pseudonym, rhs.year) }
    }

    public var k: Int
    public var original: [Unit: QuasiIdentifiers]
    public var decisions: [Unit: Coarsening]

    public init(_ units: [Unit: QuasiIdentifiers], k: Int) {
        self.k = k
        self.original = units
        var decisions = Dictionary(uniqueKeysWithValues: units.keys.map { ($0, Coarsening.none) })
        var changed = true
        while changed {
            changed = false
            for step in [Coarsening.province, .provinceAndLevel, .suppressed] {
                let counts = Self.counts(units, decisions)
                for (unit, identifiers) in units where decisions[unit]! < step {
                    guard let released = identifiers.coarsened(decisions[unit]!), counts[released, default: 0] < k else { continue }
                    decisions[unit] = step
                    changed = true
                }
            }
            var strongest: [String: Coarsening] = [:]
            for (unit, decision) in decisions where decision != .suppressed {
                strongest[unit.pseudonym] = max(strongest[unit.pseudonym] ?? .none, decision)
            }
            for (unit, decision) in decisions where decision != .suppressed {
                if let target = strongest[unit.pseudonym], target > decision {
                    decisions[unit] = target
                    changed = true
                }
            }
        }
        self.decisions = decisions
    }

    /// The identifiers a unit keeps in the export; nil when suppressed.
    public func released(_ unit: Unit) -> QuasiIdentifiers? {
        guard let identifiers = original[unit], let decision = decisions[unit] else { return nil }
        return identifiers.coarsened(decision)
    }

    /// Units per coarsening, for the export's README.
    public var tally: [Coarsening: Int] {
        var tally: [Coarsening: Int] = [:]
        for decision in decisions.values { tally[decision, default: 0] += 1 }
        return tally
    }

    /// Municipalities per released combination.
    public var releasedCounts: [QuasiIdentifiers: Int] { Self.counts(original, decisions) }

    private static func counts(_ units: [Unit: QuasiIdentifiers], _ decisions: [Unit: Coarsening]) -> [QuasiIdentifiers: Int] {
        var counts: [QuasiIdentifiers: Int] = [:]
        for (unit, identifiers) in units {
            if let released = identifiers.coarsened(decisions[unit] ?? .none) { counts[released, default: 0] += 1 }
        }
        return counts
    }
}
