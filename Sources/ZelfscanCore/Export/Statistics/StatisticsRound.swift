/// One round as the release sees it, before anything is coarsened.
public struct StatisticsRound: Sendable {
    /// Opaque token of the municipality (the ledger's token): tells rounds of one cell apart and
    /// names the members of a released group for the ledger; never written into a table.
    public var member: String
    public var year: Int
    /// The Belfius group as the cell panel releases it (a group code, `unknown` or `removed`):
    /// statistics are grouped only by what the panel itself shows, or the panel's cell means
    /// could be solved back into groups the panel hides (a subset-sum over the group means).
    public var belfiusGroup: String?
    /// From `CellAggregator`: respondents' dimension scores, cell means, overall.
    public var cell: CellRound
    /// The submitted responses of the round; drafts among them are ignored.
    public var responses: [Response]

    public init(member: String, year: Int, belfiusGroup: String?, cell: CellRound, responses: [Response]) {
        self.member = member
        self.year = year
        self.belfiusGroup = belfiusGroup
        self.cell = cell
        self.responses = responses
    }

    var submitted: [Response] { responses.filter { $0.status == .submitted } }
}
