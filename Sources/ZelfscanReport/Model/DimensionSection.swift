import ZelfscanCore

/// One dimension of the report: the cell's score in words, where it stands among peers and
/// against earlier rounds, how each statement was answered, and what to do next.
public struct DimensionSection: Sendable, Equatable {
    /// A peer comparison line: all cells, or the cell's Belfius group.
    public struct PeerLine: Sendable, Equatable {
        public var scope: String
        public var outcome: PeerBenchmark.Outcome
    }

    /// The cell's mean in one round; nil when the round has no score on the dimension.
    public struct TrendPoint: Sendable, Equatable {
        public var year: Int
        /// On the line: nil for a round whose mean is hidden or on another version.
        public var mean: Double?
        /// Set for a round on another questionnaire version whose mean is not on the line, so
        /// the table says why instead of "no score".
        public var otherVersion: OtherVersion? = nil
    }

    /// A round's own mean on another version, measured on other statements (docs/scoring.md,
    /// trend across versions); nil mean where too few scored it or that version did not ask it.
    public struct OtherVersion: Sendable, Equatable {
        public var version: String
        public var mean: Double?
        /// False when that version has no such dimension (new in this version).
        public var asked: Bool = true
    }

    public var id: String
    public var title: String
    public var description: String?
    public var result: CellDimensionResult
    public var bandLabel: String?
    public var peers: [PeerLine]
    /// Median of all peer cells, for the radar; nil without an available peer row.
    public var peerMedian: Double?
    /// Rounds in year order; only rounds of the same questionnaire version.
    public var trend: [TrendPoint]
    public var items: [ItemSummary]
    public var roleGroups: RoleGroupComparison.State
    /// Improvement actions of the questionnaire for the band reached.
    public var advice: [String]
    /// Whom a dimension asked of part of the cell is asked of (`asked_of`), in the report's language.
    public var askedOf: String? = nil
    /// Scored on its own, outside the overall score (`overall: false`).
    public var outsideOverall: Bool = false

    /// Statements the members are split on, in questionnaire order.
    public var disputed: [ItemSummary] { items.filter(\.disputed) }

    /// Whether the dimension's agreement index may be put in words: only when none of its
    /// statements is disputed and the scores do not differ widely, so it never contradicts them.
    public var agreementHolds: Bool { Self.agreementHolds(disputed: disputed.count, result: result) }

    /// The rule behind `agreementHolds`, for summaries that count disputed statements themselves.
    public static func agreementHolds(disputed: Int, result: CellDimensionResult) -> Bool {
        disputed == 0 && !result.disagreement
    }
}
