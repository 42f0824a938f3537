/// Peer benchmarks for one cell round: for every dimension and overall, the distribution of the
/// pool's results in the same year, questionnaire id and version, over the whole pool and within
/// the cell's Belfius group, each only when at least the minimum of municipalities contributes.
public struct PeerBenchmark: Sendable, Equatable {
    public enum Measure: Sendable, Hashable {
        case dimension(String)
        case overall
    }

    public enum Scope: Sendable, Hashable {
        /// Every comparable cell in the pool.
        case all
        /// Comparable cells in one Belfius group.
        case group(BelfiusCluster.Group)
    }

    public enum Outcome: Sendable, Equatable {
        case available(PeerDistribution)
        /// Not shown: only this many distinct municipalities have a value (fewer than the minimum).
        case tooFewMunicipalities(Int)
    }

    public struct Row: Sendable, Equatable {
        public var scope: Scope
        public var measure: Measure
        public var outcome: Outcome
    }

    public var questionnaireID: String
    public var questionnaireVersion: String
    public var year: Int
    /// The pool holds demo cells: reports must label the benchmark, never show it as real.
    public var synthetic: Bool
    /// `.all` rows first, then the cell's group (when its cluster is known); measures in
    /// questionnaire order, overall last.
    public var rows: [Row]

    /// Compares `cell` with `pool`. Peers are the other municipalities: the cell's own results
    /// are never among them, so "30 municipalities" means 30 others and the median is not pulled
    /// towards the cell; entries of another questionnaire id, version or year are left out; a
    /// municipality with several results in the pool counts once, with their mean.
    public init(cell: PeerEntry, pool: [PeerEntry], rules: ScoringRules = .standard) {
        let round = cell.cell
        let peers = pool.filter {
            $0.cell.municipality != round.municipality
                && $0.cell.questionnaireID == round.questionnaireID
                && $0.cell.questionnaireVersion == round.questionnaireVersion
                && $0.cell.year == round.year
        }
        self.questionnaireID = round.questionnaireID
        self.questionnaireVersion = round.questionnaireVersion
        self.year = round.year
        self.synthetic = cell.synthetic || peers.contains { $0.synthetic }
        // A local module is the cell's own: no other cell answered it.
        let measures = round.dimensions.filter { !$0.local }.map { Measure.dimension($0.dimensionID) } + [.overall]
        var scopes: [(Scope, [PeerEntry])] = [(.all, peers)]
        if let group = cell.group {
            scopes.append((.group(group), peers.filter { $0.group == group }))
        }
        self.rows = scopes.flatMap { scope, members in
            measures.map { measure in
                Row(scope: scope, measure: measure,
                    outcome: Self.outcome(measure, cell: cell, members: members, rules: rules))
            }
        }
    }

    public func row(_ scope: Scope, _ measure: Measure) -> Row? {
        rows.first { $0.scope == scope && $0.measure == measure }
    }

    /// The cell's value on `measure` as its own score table shows it: nil where that table withholds
    /// it, so neither the value nor a percentile rank computed from it gives the score away.
    public static func value(_ measure: Measure, of cell: CellRound, minimum: Int) -> Double? {
        switch measure {
        case .dimension(let id): return cell.shownMean(id, minimum: minimum)
        case .overall: return cell.shownOverall(minimum: minimum)
        }
    }

    /// A peer's value: a cell known from an export was withheld by the same rule when exported
    /// (it carries no respondents to count); a workspace's cell is withheld here.
    static func value(_ measure: Measure, of entry: PeerEntry, minimum: Int) -> Double? {
        guard entry.aggregatesOnly else { return value(measure, of: entry.cell, minimum: minimum) }
        switch measure {
        case .dimension(let id): return entry.cell.dimension(id)?.mean
        case .overall: return entry.cell.overall
        }
    }

    private static func outcome(_ measure: Measure, cell: PeerEntry, members: [PeerEntry], rules: ScoringRules) -> Outcome {
        var byMunicipality: [String: [Double]] = [:]
        for member in members {
            if let value = value(measure, of: member, minimum: rules.minimumCellRespondents) {
                byMunicipality[member.cell.municipality, default: []].append(value)
            }
        }
        let values = byMunicipality.keys.sorted().compactMap { Descriptive.mean(byMunicipality[$0, default: []].sorted()) }
        guard values.count >= rules.minimumPeerMunicipalities,
              let distribution = PeerDistribution(values: values, cellValue: value(measure, of: cell, minimum: rules.minimumCellRespondents)) else {
            return .tooFewMunicipalities(values.count)
        }
        return .available(distribution)
    }
}
