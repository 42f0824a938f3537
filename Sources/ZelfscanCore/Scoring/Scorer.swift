/// Turns responses into respondent scores by the rules in `docs/scoring.md`. Only items the
/// respondent was shown count (conditions are re-evaluated with `Visibility`), so a stale answer
/// to an item that a later change hid never enters a score.
public struct Scorer: Sendable {
    public var questionnaire: Questionnaire

    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    /// `visibility` may be passed when the caller has it already, as the aggregator does.
    public func score(_ response: Response, visibility known: Visibility? = nil) throws(ScoringError) -> RespondentScore {
        guard response.questionnaire.id == questionnaire.id, response.questionnaire.version == questionnaire.version else {
            throw .questionnaireMismatch(
                respondent: response.respondent,
                expected: "\(questionnaire.id) \(questionnaire.version)",
                found: "\(response.questionnaire.id) \(response.questionnaire.version)")
        }
        let visibility = known ?? Visibility(questionnaire: questionnaire, role: response.role, answers: response.answers)
        var dimensions: [DimensionScore] = []
        for dimension in questionnaire.dimensions {
            dimensions.append(try score(dimension, visibility: visibility, respondent: response.respondent))
        }
        return RespondentScore(
            respondent: response.respondent, role: response.role,
            roleGroup: questionnaire.role(response.role)?.group,
            municipality: response.municipality, year: response.year,
            synthetic: response.synthetic, dimensions: dimensions)
    }

    /// Item scores of the shown, answered items of one dimension, without the coverage rule.
    public func itemScores(_ dimension: Dimension, visibility: Visibility,
                           respondent: String) throws(ScoringError) -> [ItemScore] {
        if let rules = questionnaire.index.dimensionRules[dimension.id] {
            return try itemScores(rules, visibility: visibility, respondent: respondent)
        }
        var scores: [ItemScore] = []
        for item in dimension.items where visibility.isShown(item.id) {
            guard let answer = visibility.answers[item.id] else { continue }
            guard let scale = questionnaire.scale(item.scale) else { throw .invalidAnswer(respondent: respondent, item: item.id) }
            switch answer {
            case .scale(let value) where scale.options.contains(where: { $0.value == value }):
                scores.append(ItemScore(itemID: item.id, weight: item.weight,
                                        score: ItemScore.score(value, reverse: item.reverse, on: scale)))
            case .missing(let code) where scale.missing.contains(where: { $0.code == code }):
                continue
            default:
                throw .invalidAnswer(respondent: respondent, item: item.id)
            }
        }
        return scores
    }

    /// The same from the questionnaire's slim rules, which is what a pool of files runs through.
    private func itemScores(_ rules: [ScoredItemRule], visibility: Visibility,
                            respondent: String) throws(ScoringError) -> [ItemScore] {
        var scores: [ItemScore] = []
        scores.reserveCapacity(rules.count)
        for rule in rules where visibility.isShown(rule.id) {
            switch visibility.answers[rule.id] {
            case nil:
                continue
            case .scale(let value)? where rule.values.contains(value):
                scores.append(ItemScore(itemID: rule.id, weight: rule.weight, score: rule.score(value)))
            case .missing(let code)? where rule.missing.contains(code):
                continue
            default:
                throw .invalidAnswer(respondent: respondent, item: rule.id)
            }
        }
        return scores
    }

    private func score(_ dimension: Dimension, visibility: Visibility,
                       respondent: String) throws(ScoringError) -> DimensionScore {
        let shownWeight = questionnaire.index.dimensionRules[dimension.id].map { rules in
            rules.reduce(0) { visibility.isShown($1.id) ? $0 + $1.weight : $0 }
        } ?? dimension.items.filter { visibility.isShown($0.id) }.reduce(0) { $0 + $1.weight }
        var score = DimensionScore(
            dimensionID: dimension.id,
            items: try itemScores(dimension, visibility: visibility, respondent: respondent),
            shownWeight: shownWeight, minimumCoverage: dimension.minCoverage)
        score.local = dimension.local
        score.countsInOverall = dimension.countsInOverall
        return score
    }
}
