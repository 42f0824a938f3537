/// Internal consistency of one dimension over a pool of respondents: Cronbach's alpha and the
/// corrected item–total correlations, so questionnaire authors can see whether the items of a
/// dimension measure one thing. Only on enough complete cases; below that, said explicitly.
public struct DimensionReliability: Sendable, Equatable {
    public struct ItemTotal: Sendable, Equatable {
        public var itemID: String
        /// Pearson correlation of the item with the sum of the dimension's other items; nil when
        /// either does not vary.
        public var correlation: Double?
    }

    public struct Result: Sendable, Equatable {
        /// Complete cases used.
        public var n: Int
        /// α = k/(k − 1) × (1 − Σ s²ᵢ / s²_total); nil with fewer than two items or no total variance.
        public var alpha: Double?
        public var itemTotal: [ItemTotal]
    }

    public enum Outcome: Sendable, Equatable {
        case computed(Result)
        /// Only `n` complete cases, fewer than `required`.
        case tooFewRespondents(n: Int, required: Int)
    }

    public var dimensionID: String
    public var outcome: Outcome

    /// Per dimension, from the submitted responses of the pool. A complete case is a respondent
    /// who gave a scale value (no missing code, no skip) to every item of the dimension; anyone
    /// else is left out of that dimension's analysis, including respondents to whom a conditional
    /// item was not shown. Item scores are keyed (reverse items turned), on 0–100.
    public static func analyse(questionnaire: Questionnaire, responses: [Response],
                               rules: ScoringRules = .standard) throws(ScoringError) -> [DimensionReliability] {
        let scorer = Scorer(questionnaire: questionnaire)
        let submitted = responses.filter { $0.status == .submitted }
            .sorted { ($0.municipality, $0.year, $0.respondent) < ($1.municipality, $1.year, $1.respondent) }
        var results: [DimensionReliability] = []
        for dimension in questionnaire.dimensions {
            var cases: [[Double]] = []
            for response in submitted {
                let visibility = Visibility(questionnaire: questionnaire, role: response.role, answers: response.answers)
                let scores = try scorer.itemScores(dimension, visibility: visibility, respondent: response.respondent)
                if scores.count == dimension.items.count { cases.append(scores.map(\.score)) }
            }
            results.append(DimensionReliability(
                dimensionID: dimension.id, itemIDs: dimension.items.map(\.id), cases: cases,
                required: rules.minimumReliabilityRespondents))
        }
        return results
    }

    /// `cases` holds one row of item scores per complete case, in `itemIDs` order.
    public init(dimensionID: String, itemIDs: [String], cases: [[Double]], required: Int) {
        self.dimensionID = dimensionID
        guard cases.count >= required else {
            outcome = .tooFewRespondents(n: cases.count, required: required)
            return
        }
        let columns = itemIDs.indices.map { index in cases.map { $0[index] } }
        let totals = cases.map { $0.reduce(0, +) }
        let k = Double(itemIDs.count)
        var alpha: Double?
        if itemIDs.count >= 2, let totalVariance = Descriptive.sampleVariance(totals), totalVariance > 0 {
            let itemVariances = columns.compactMap(Descriptive.sampleVariance).reduce(0, +)
            alpha = k / (k - 1) * (1 - itemVariances / totalVariance)
        }
        let itemTotal = itemIDs.indices.map { index in
            let rest = zip(totals, columns[index]).map { $0 - $1 }
            return ItemTotal(itemID: itemIDs[index], correlation: Descriptive.correlation(columns[index], rest))
        }
        outcome = .computed(Result(n: cases.count, alpha: alpha, itemTotal: itemTotal))
    }
}
