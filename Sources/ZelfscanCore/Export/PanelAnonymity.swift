/// Decides how far each cell of the panel is coarsened so that every released signature — the
/// list over its years of (year, Belfius group, cell facts) — is shared by at least k cells.
/// A cell id links a cell's years, so a cell is coarsened alike in all of them, and the
/// participation years are part of what must be shared.
public struct PanelAnonymity: Sendable, Equatable {
    /// The steps, in the order they are applied to a cell whose class is too small.
    public enum Step: Int, Sendable, Comparable, CaseIterable {
        case none
        case groupRemoved
        case factsCoarse
        case factsRemoved
        case suppressed

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let k: Int
    public let facts: [CellFact]
    /// Per cell (an opaque member token): its rounds' facts as they are.
    public let original: [String: [Int: PanelFacts]]
    public private(set) var steps: [String: Step]

    public init(_ cells: [String: [Int: PanelFacts]], facts: [CellFact], k: Int) {
        self.k = k
        self.facts = facts
        self.original = cells
        steps = cells.mapValues { _ in Step.none }
        var changed = true
        while changed {
            changed = false
            let sizes = classSizes
            for (member, step) in steps where step != .suppressed {
                guard let signature = signature(member), sizes[signature, default: 0] < k else { continue }
                steps[member] = Step(rawValue: step.rawValue + 1)!
                changed = true
            }
        }
    }

    /// A cell's rounds as released; nil when suppressed.
    public func released(_ member: String) -> [Int: PanelFacts]? {
        guard let rounds = original[member], let step = steps[member], step != .suppressed else { return nil }
        return rounds.mapValues { coarsened($0, step) }
    }

    /// The released signature as text, e.g. `2025|woongemeenten|formal;2026|woongemeenten|formal`:
    /// the class a cell is counted in, and its label in the release ledger.
    public func signature(_ member: String) -> String? {
        released(member).map(Self.signature)
    }

    public static func signature(_ rounds: [Int: PanelFacts]) -> String {
        rounds.keys.sorted().map { year in ([String(year), rounds[year]!.group] + rounds[year]!.facts).joined(separator: "|") }
            .joined(separator: ";")
    }

    /// Cells per released signature.
    public var classSizes: [String: Int] {
        var sizes: [String: Int] = [:]
        for member in original.keys {
            if let signature = signature(member) { sizes[signature, default: 0] += 1 }
        }
        return sizes
    }

    /// A random id (`C` and 12 hex digits) for every released cell, drawn in member order so a
    /// seeded generator gives a fixed export, and unlinked to any other export.
    public func randomIDs(using random: inout some RandomNumberGenerator) -> [String: String] {
        var ids: [String: String] = [:]
        var taken = Set<String>()
        for member in original.keys.sorted() where released(member) != nil {
            var id: String
            repeat { id = "C" + (0..<12).map { _ in String(Int.random(in: 0..<16, using: &random), radix: 16) }.joined() } while !taken.insert(id).inserted
            ids[member] = id
        }
        return ids
    }

    /// Cells per step, for the README.
    public var tally: [Step: Int] {
        var tally: [Step: Int] = [:]
        for step in steps.values { tally[step, default: 0] += 1 }
        return tally
    }

    private func coarsened(_ facts: PanelFacts, _ step: Step) -> PanelFacts {
        var result = facts
        if step >= .groupRemoved { result.group = PanelFacts.removed }
        if step >= .factsCoarse {
            result.facts = zip(facts.facts, self.facts).map { value, fact in fact.coarse(of: value) ?? value }
        }
        if step >= .factsRemoved { result.facts = facts.facts.map { _ in PanelFacts.removed } }
        return result
    }
}
