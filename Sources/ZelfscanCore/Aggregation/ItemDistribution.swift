/// How a cell answered one scored statement: counts per option and per "don't know"-style code,
/// so a report can show where a low score comes from and how often members could not answer.
public struct ItemDistribution: Sendable, Equatable {
    public struct ValueCount: Sendable, Equatable {
        public var value: Double
        public var count: Int
    }

    public struct CodeCount: Sendable, Equatable {
        public var code: String
        public var count: Int
        /// "Not applicable" is no knowledge gap and stays out of the "don't know" share.
        public var kind: MissingOption.Kind = .dontKnow
    }

    public var itemID: String
    public var dimensionID: String
    /// Respondents who were shown the item.
    public var shown: Int
    /// Per option of the scale, in scale order (zero counts included).
    public var values: [ValueCount]
    /// Per missing code of the scale, in scale order.
    public var missing: [CodeCount]
    /// Shown but left without any answer (skipped or not reached).
    public var unanswered: Int

    /// Respondents who gave a scale value.
    public var answered: Int { values.reduce(0) { $0 + $1.count } }

    /// Respondents who chose a "don't know" code.
    public var dontKnow: Int { missing.reduce(0) { $1.kind == .dontKnow ? $0 + $1.count : $0 } }

    /// Respondents who chose a "not applicable" code: the statement did not concern them.
    public var notApplicable: Int { missing.reduce(0) { $1.kind == .notApplicable ? $0 + $1.count : $0 } }

    /// Share (0–1) of the respondents the statement concerned who did not know; "not applicable"
    /// is not a knowledge gap, so it counts neither above nor below the line. Nil if nobody it
    /// concerned saw it.
    public var dontKnowShare: Double? {
        let concerned = shown - notApplicable
        guard concerned > 0 else { return nil }
        return Double(dontKnow) / Double(concerned)
    }

    /// The members' 0–100 item scores, lowest first: one per answer on the scale.
    public func scores(of item: Item, on scale: Scale) -> [Double] {
        values.flatMap { count in
            Array(repeating: ItemScore.score(count.value, reverse: item.reverse, on: scale), count: count.count)
        }.sorted()
    }

    /// Mean item score; nil below `minimum` answers, because a mean of one or two answers is
    /// those members' own.
    public func mean(of item: Item, on scale: Scale, minimum: Int = ScoringRules.minimumCellRespondents) -> Double? {
        answered >= minimum ? Descriptive.mean(scores(of: item, on: scale)) : nil
    }

    /// Agreement on this one statement (`AgreementIndex.statement`); nil below
    /// `ScoringRules.minimumSpreadRespondents` answers, where a spread would give answers away.
    public func agreement(of item: Item, on scale: Scale) -> Double? {
        guard answered >= ScoringRules.minimumSpreadRespondents, let null = AgreementIndex.nullVariance(of: scale) else { return nil }
        return AgreementIndex.statement(.init(scores: scores(of: item, on: scale), nullVariance: null))
    }

    /// Counts the answers of respondents who were shown the item, in one pass over them.
    public init(item: Item, dimensionID: String, scale: Scale, visibilities: [Visibility]) {
        var shown = 0
        var unanswered = 0
        var valueCounts = [Int](repeating: 0, count: scale.options.count)
        var missingCounts = [Int](repeating: 0, count: scale.missing.count)
        for visibility in visibilities where visibility.isShown(item.id) {
            shown += 1
            switch visibility.answers[item.id] {
            case .scale(let value)?:
                if let index = scale.options.firstIndex(where: { $0.value == value }) { valueCounts[index] += 1 }
            case .missing(let code)?:
                if let index = scale.missing.firstIndex(where: { $0.code == code }) { missingCounts[index] += 1 }
            case nil:
                unanswered += 1
            default:
                break
            }
        }
        self.itemID = item.id
        self.dimensionID = dimensionID
        self.shown = shown
        self.values = zip(scale.options, valueCounts).map { ValueCount(value: $0.value, count: $1) }
        self.missing = zip(scale.missing, missingCounts).map { CodeCount(code: $0.code, count: $1, kind: $0.kind) }
        self.unanswered = unanswered
    }
}
