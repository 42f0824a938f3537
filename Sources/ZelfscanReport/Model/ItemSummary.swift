import ZelfscanCore

/// How the cell answered one statement, ready to draw: the options ordered from least to most
/// favourable (so a reverse-keyed statement reads the same way as the others), "don't know" and
/// unanswered apart, and the mean and spread of the 0–100 item scores.
public struct ItemSummary: Sendable, Equatable {
    public struct Segment: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// An option of the scale; `level` 0 is the least favourable, `levels` the number of options.
            case option(level: Int, levels: Int)
            case dontKnow
            case unanswered
        }

        public var label: String
        public var count: Int
        public var kind: Kind
    }

    public var itemID: String
    public var dimensionID: String
    public var text: String
    public var reverse: Bool
    /// Members who were shown the statement.
    public var shown: Int
    /// Members who chose an option of the scale.
    public var answered: Int
    public var mean: Double?
    /// Sample SD of the item scores; nil below two answers.
    public var standardDeviation: Double?
    public var dontKnowShare: Double?
    /// Change of the mean since the last comparable round (`CellReport.sinceYear`); nil without
    /// a mean of at least 3 answers on either side.
    public var change: Double?
    /// Agreement on this statement (`AgreementIndex.statement`); nil below four answers.
    public var agreement: Double?
    /// Options least favourable first, then "don't know" codes, then unanswered (when any).
    public var segments: [Segment]
    /// The scale's id and its option labels and counts in the scale's own order, for tables.
    public var scaleID: String
    public var optionLabels: [String]
    public var optionCounts: [Int]
    /// The scale's non-substantive options in its own words and order, each counted in a column
    /// of its own, so "not applicable" never reads as a knowledge gap.
    public var missingLabels: [String]
    public var missingCounts: [Int]
    /// The scale's word for "don't know", for the share beside each statement.
    public var dontKnowLabel: String?
    /// Members who answered "don't know": a knowledge gap, unlike "not applicable".
    public var dontKnowCount: Int
    /// "Not applicable" answers: counted apart, never part of the "don't know" figures.
    public var notApplicableCount: Int
    public var unansweredCount: Int

    /// The members are split on it: agreement at or below `AgreementIndex.disputedAtOrBelow`.
    public var disputed: Bool { agreement.map(AgreementIndex.isDisputed) ?? false }

    init(distribution: ItemDistribution, item: Item, scale: Scale, language: Language, unansweredLabel: String) {
        itemID = item.id
        dimensionID = distribution.dimensionID
        text = item.text.text(language)
        reverse = item.reverse
        shown = distribution.shown
        answered = distribution.answered
        dontKnowShare = distribution.dontKnowShare
        let keyed = distribution.values.map { count in
            (count: count, score: ItemScore.score(count.value, reverse: item.reverse, on: scale))
        }.sorted { $0.score < $1.score }
        let scores = keyed.flatMap { Array(repeating: $0.score, count: $0.count.count) }
        mean = Descriptive.mean(scores)
        standardDeviation = Descriptive.sampleStandardDeviation(scores)
        agreement = distribution.agreement(of: item, on: scale)
        var segments = keyed.enumerated().map { index, entry in
            Segment(label: scale.options.first { $0.value == entry.count.value }?.label.text(language) ?? "",
                    count: entry.count.count, kind: .option(level: index, levels: keyed.count))
        }
        segments += distribution.missing.map { missing in
            Segment(label: scale.missing.first { $0.code == missing.code }?.label.text(language) ?? missing.code,
                    count: missing.count, kind: .dontKnow)
        }
        if distribution.unanswered > 0 {
            segments.append(Segment(label: unansweredLabel, count: distribution.unanswered, kind: .unanswered))
        }
        self.segments = segments
        scaleID = scale.id
        optionLabels = scale.options.map { $0.label.text(language) }
        optionCounts = distribution.values.map(\.count)
        missingLabels = scale.missing.map { $0.label.text(language) }
        missingCounts = distribution.missing.map(\.count)
        dontKnowLabel = scale.missing.first { $0.kind == .dontKnow }?.label.text(language)
        dontKnowCount = distribution.dontKnow
        notApplicableCount = distribution.notApplicable
        unansweredCount = distribution.unanswered
    }
}
