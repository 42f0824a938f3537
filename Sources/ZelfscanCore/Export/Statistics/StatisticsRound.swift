/// One round as the release sees it, before anything is coarsened.
public struct StatisticsRound: Sendable {
    /// Opaque token of the municipality (the ledger's token): tells rounds of one cell apart and
    /// names the members of a released group for the ledger; never written into a table.
    public var member: String
    public var year: Int
    /// Nil when unknown.
    public var belfiusGroup: String?
    /// Nil when unknown.
    public var province: String?
    public var level: String
    /// From `CellAggregator`: respondents' dimension scores, cell means, overall.
    public var cell: CellRound
    /// The submitted responses of the round; drafts among them are ignored.
    public var responses: [Response]

    public init(member: String, year: Int, belfiusGroup: String?, province: String?, level: String,
                cell: CellRound, responses: [Response]) {
        self.member = member
        self.year = year
        self.belfiusGroup = belfiusGroup
        self.province = province
        self.level = level
        self.cell = cell
        self.responses = responses
    }

    var submitted: [Response] { responses.filter { $0.status == .submitted } }
}
