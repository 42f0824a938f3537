/// One round as the release sees it, before anything is coarsened: only what the statistics
/// count, so that a streaming export keeps a few hundred bytes per round instead of its
/// responses.
public struct StatisticsRound: Sendable {
    /// Opaque token of the municipality (the ledger's token): tells rounds of one cell apart and
    /// names the members of a released group for the ledger; never written into a table.
    public var member: String
    public var year: Int
    /// The Belfius group as the cell panel releases it (a group code, `unknown` or `removed`):
    /// statistics are grouped only by what the panel itself shows, or the panel's cell means
    /// could be solved back into groups the panel hides (a subset-sum over the group means).
    public var belfiusGroup: String?
    /// Submitted respondents with a score, as `CellAggregator` counted them.
    public var respondents: Int
    /// The cell mean per dimension id, and `overall`; without values while they are kept in a
    /// scratch (`loaded(scratch:)` brings them back).
    public internal(set) var means: DimensionValues<Double>
    /// The respondents' scores per dimension id and `overall`, summarised for the ICC; without
    /// values while they are kept in a scratch (`loaded(scratch:)` brings them back).
    public internal(set) var spreads: DimensionValues<ScoreSpread>
    /// The answers `stats_items` counts, when the round was summarised where it was read.
    var tally: AnswerTally?
    /// The means, spreads, majorities and counts, when moved to a `RoundScratch` (`moveDetails(to:)`).
    var kept: KeptBytes?
    /// Per benchmark item, the categories held by a majority (`ReleaseStatistics.reference`),
    /// when the round was summarised where it was read.
    public var referenceHeld: [String: [String]]? {
        get { heldText.map(Self.decodeHeld) }
        set { heldText = newValue.map(Self.encodeHeld) }
    }
    /// `referenceHeld` as one text: a dictionary of arrays per round was about a kilobyte of
    /// every round an export holds until it writes.
    var heldText: String?
    /// The submitted responses, for rounds not summarised in advance; empty otherwise.
    public var responses: [Response]

    /// A round with its responses: the statistics count them when asked.
    public init(member: String, year: Int, belfiusGroup: String?, cell: CellRound, responses: [Response]) {
        self.init(member: member, year: year, belfiusGroup: belfiusGroup, cell: cell)
        self.responses = responses
    }

    /// A round summarised in advance: `tally` and `referenceHeld` replace the responses.
    /// `dimensionIDs`, when they are the cell's dimension ids and `overall`, are shared rather
    /// than made again for every round.
    public init(member: String, year: Int, belfiusGroup: String?, cell: CellRound, tally: AnswerTally?, referenceHeld: [String: [String]],
                dimensionIDs: [String]? = nil) {
        self.init(member: member, year: year, belfiusGroup: belfiusGroup, cell: cell, dimensionIDs: dimensionIDs)
        self.tally = tally
        self.referenceHeld = referenceHeld
    }

    private init(member: String, year: Int, belfiusGroup: String?, cell: CellRound, dimensionIDs: [String]? = nil) {
        self.member = member
        self.year = year
        self.belfiusGroup = belfiusGroup
        respondents = cell.n
        let cellIDs = cell.dimensions.map(\.dimensionID) + ["overall"]
        let ids: [String]
        if let dimensionIDs, dimensionIDs == cellIDs { ids = dimensionIDs } else { ids = cellIDs }
        var means = DimensionValues<Double>(ids: ids)
        var spreads = DimensionValues<ScoreSpread>(ids: ids)
        // A mean of one or two scores is those members' own score: released only as the report
        // shows it, from `minimumCellRespondents` scores up (a dimension asked of part of the cell
        // often has fewer).
        let minimum = ScoringRules.minimumCellRespondents
        for dimension in cell.dimensions {
            if let mean = dimension.mean, dimension.n >= minimum { means[dimension.dimensionID] = mean }
            spreads[dimension.dimensionID] = ScoreSpread(cell.respondents.compactMap { $0.dimension(dimension.dimensionID)?.value })
        }
        if let overall = cell.overall, cell.overallShown(minimum: minimum) { means["overall"] = overall }
        spreads["overall"] = ScoreSpread(cell.respondents.compactMap(\.overall))
        self.means = means
        self.spreads = spreads
        responses = []
    }

    var submitted: [Response] { responses.filter { $0.status == .submitted } }

    /// Item ids and option codes are made of a-z, 0-9, '-', '_' and '.' (the questionnaire
    /// loader refuses anything else), so the unit and record separators cannot occur in them.
    private static let unit: Character = "\u{1F}", record: Character = "\u{1E}"

    private static func encodeHeld(_ held: [String: [String]]) -> String {
        held.keys.sorted().map { ([$0] + held[$0]!).joined(separator: String(unit)) }.joined(separator: String(record))
    }

    private static func decodeHeld(_ text: String) -> [String: [String]] {
        var held: [String: [String]] = [:]
        for entry in text.split(separator: record) {
            let parts = entry.split(separator: unit, omittingEmptySubsequences: false).map(String.init)
            held[parts[0]] = Array(parts.dropFirst())
        }
        return held
    }
}
