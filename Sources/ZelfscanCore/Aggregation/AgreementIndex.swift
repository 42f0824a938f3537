/// rwg(J), the within-group agreement index of James, Demaree & Wolf (1984) against a uniform
/// null: how much more the members agree than if each had picked an option at random. SD alone
/// cannot tell a cell that agrees on "neutral" from one split between the extremes.
public enum AgreementIndex {
    /// Words for an rwg value (LeBreton & Senter 2008), for reports.
    public enum Level: String, Sendable, Equatable, CaseIterable {
        /// rwg ≤ 0.30
        case lack
        /// 0.30 < rwg ≤ 0.50
        case weak
        /// 0.50 < rwg ≤ 0.70
        case moderate
        /// 0.70 < rwg ≤ 0.90
        case strong
        /// rwg > 0.90
        case veryStrong = "very-strong"

        public init(_ rwg: Double) {
            switch rwg {
            case ...0.30: self = .lack
            case ...0.50: self = .weak
            case ...0.70: self = .moderate
            case ...0.90: self = .strong
            default: self = .veryStrong
            }
        }
    }

    /// One item's observed answers (0–100 item scores) and its null variance.
    public struct ItemSpread: Sendable, Equatable {
        public var scores: [Double]
        /// Variance of the item score if every option were equally likely (`nullVariance(of:)`).
        public var nullVariance: Double

        public init(scores: [Double], nullVariance: Double) {
            self.scores = scores
            self.nullVariance = nullVariance
        }
    }

    /// σ²_EU: the population variance of the scale's options as 0–100 item scores, each option
    /// equally likely. For A equally spaced options this is (A² − 1)/12 × (100/(A − 1))².
    public static func nullVariance(of scale: Scale) -> Double? {
        let scores = scale.options.map { ItemScore.score($0.value, reverse: false, on: scale) }
        return Descriptive.populationVariance(scores)
    }

    /// rwg(J) = J(1 − r) / (J(1 − r) + r), with r the mean over the J items of s²ⱼ / σ²_EU,ⱼ
    /// (sample variance over null variance). Items with fewer than two answers are left out;
    /// r ≥ 1 (no more agreement than random answering) gives 0. Nil when no item is left.
    public static func rwg(_ items: [ItemSpread]) -> Double? {
        let ratios = items.compactMap { item -> Double? in
            guard item.nullVariance > 0, let variance = Descriptive.sampleVariance(item.scores.sorted()) else { return nil }
            return variance / item.nullVariance
        }
        guard let r = Descriptive.mean(ratios) else { return nil }
        guard r < 1 else { return 0 }
        let j = Double(ratios.count)
        return j * (1 - r) / (j * (1 - r) + r)
    }

    /// rwg for one statement: 1 − s²/σ²_EU, 0 when the answers are as scattered as random
    /// answering or more. Unlike rwg(J) it does not rise with the number of statements, so a
    /// dimension's high rwg(J) cannot hide a statement on which the members are split.
    public static func statement(_ item: ItemSpread) -> Double? {
        guard item.nullVariance > 0, let variance = Descriptive.sampleVariance(item.scores.sorted()) else { return nil }
        return max(0, 1 - variance / item.nullVariance)
    }

    /// A statement is disputed when its agreement is weak or absent (rwg ≤ 0.50): the members'
    /// answers lie at least half as far apart as random answers would.
    public static let disputedAtOrBelow = 0.50

    public static func isDisputed(_ statementAgreement: Double) -> Bool {
        statementAgreement <= disputedAtOrBelow
    }
}
