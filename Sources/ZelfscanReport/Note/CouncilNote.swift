import ZelfscanCore

/// The one-page note for the mayor or the council: the cell's scores per dimension with their
/// change since the last comparable round, and the actions the cell agreed, without anything per
/// statement, per role or per member (no spreads, no lowest and highest, no comments), so it can
/// leave the cell. Built from the same `CellReport` as the full report, so both say the same.
public struct CouncilNote: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var title: String
        public var score: Double?
        public var bandLabel: String?
        /// Change since `since`, the last earlier comparable round (the same questionnaire
        /// version, or one it continues, by the trend's rule).
        public var change: Double?
        public var since: Int?
        /// Across versions: measured on the statements both versions ask only.
        public var partial: Bool = false
        /// Across versions: the dimension's statements are new or reworded, so there is no change.
        public var notComparable: Bool = false
        public var peerMedian: Double?
        /// No score because fewer than the minimum of members were asked the dimension.
        public var askedTooFew: Bool = false
    }

    public struct Action: Sendable, Equatable {
        public var text: String
        public var dimension: String
        public var owner: String
        public var due: String
        public var status: String
    }

    public var report: CellReport
    public var rows: [Row]
    /// The actions agreed after this round (`plans/plan-<year>.yaml`), with their year.
    public var actions: [Action]
    public var actionsYear: Int
    /// The actions agreed after the previous round and where they stand; empty without that plan.
    public var earlierActions: [Action]
    public var earlierYear: Int?

    /// `plan` is the plan of the report's round, `previousPlan` the one of the round before.
    public init(report: CellReport, plan: ActionPlan?, previousPlan: ActionPlan? = nil) {
        self.report = report
        self.rows = report.dimensions.map { section in
            // The look back's change follows the trend's rule, across versions too.
            if let back = report.lookBack, let year = back.comparableYear, let change = back.dimensions.first(where: { $0.itemID == section.id }) {
                return Row(title: section.title, score: section.result.mean, bandLabel: section.bandLabel, change: change.change,
                           since: change.change == nil ? nil : year, partial: change.partial != nil && change.change != nil,
                           notComparable: change.notComparable != nil, peerMedian: section.peerMedian)
            }
            let current = section.trend.last(where: { $0.year == report.cover.year })?.mean ?? section.result.mean
            let earlier = section.trend.last(where: { $0.year < report.cover.year && $0.mean != nil })
            var row = Row(title: section.title, score: section.result.mean, bandLabel: section.bandLabel,
                          change: current.flatMap { now in earlier?.mean.map { now - $0 } }, since: earlier?.year,
                          peerMedian: section.peerMedian)
            row.askedTooFew = section.result.asked < report.rules.minimumCellRespondents
            return row
        }
        let titles = Dictionary(report.dimensions.map { ($0.id, $0.title) }) { first, _ in first }
        let language = report.language
        func rows(_ plan: ActionPlan?) -> [Action] {
            (plan?.actions ?? []).map { action in
                Action(text: action.action, dimension: titles[action.dimension] ?? action.dimension, owner: action.owner,
                       due: action.due.description, status: action.status.label.text(language))
            }
        }
        self.actions = rows(plan)
        self.actionsYear = report.cover.year
        self.earlierActions = rows(previousPlan)
        self.earlierYear = previousPlan?.year
    }

    /// `zelfscan-notitie-2026.html` or `zelfscan-note-2026.md`.
    public func fileName(extension ext: String) -> String {
        NoteText(language: report.language).fileName(year: report.cover.year, extension: ext)
    }

    /// The change column appears only when some dimension has an earlier round to compare with.
    var hasChange: Bool { rows.contains { $0.change != nil } }
    /// Some change is measured on part of a dimension (across questionnaire versions).
    var hasPartial: Bool { rows.contains(where: \.partial) }
    var hasPeers: Bool { rows.contains { $0.peerMedian != nil } }

    /// The highest and lowest scoring dimension, when they differ.
    var extremes: (high: Row, low: Row)? {
        let scored = rows.filter { $0.score != nil }
        guard let high = scored.max(by: { $0.score! < $1.score! }), let low = scored.min(by: { $0.score! < $1.score! }),
              high.title != low.title else { return nil }
        return (high, low)
    }
}
