/// Lookups a questionnaire answers for every answer of every response: items in the order asked
/// with their positions and conditions, and scales by id.
struct QuestionnaireIndex: Sendable, Equatable {
    var items: [AskedItem] = []
    var positions: [String: Int] = [:]
    /// Item ids and conditions in the order asked, without the item payloads, for `Visibility`.
    var conditions: [(id: String, showIf: Condition?)] = []
    /// Per asked item, by position: the one role a fact is asked of; nil when everyone is asked.
    var askedRoles: [String?] = []
    var scales: [String: Scale] = [:]
    /// Per asked item, by position: what checking and scoring a scored item's answer needs.
    var scoredRules: [ScoredItemRule?] = []
    /// Per dimension id: its items' rules in order; absent when an item names an unknown scale.
    var dimensionRules: [String: [ScoredItemRule]] = [:]

    init() {}

    init(_ questionnaire: Questionnaire) {
        for scale in questionnaire.scales where scales[scale.id] == nil { scales[scale.id] = scale }
        // Knowledge questions are asked like context questions, after the statements.
        let context = (questionnaire.context?.items ?? []).map(AskedItem.context)
        let knowledge = (questionnaire.knowledge?.items ?? []).map { AskedItem.context($0.question) }
        let scored = questionnaire.dimensions.flatMap { dimension in
            dimension.items.compactMap { [scales] item in
                scales[item.scale].map { AskedItem.scored(item, $0, dimension: dimension) }
            }
        }
        items = context + scored + knowledge
        for (position, item) in items.enumerated() where positions[item.id] == nil {
            positions[item.id] = position
        }
        conditions = items.map { ($0.id, $0.showIf) }
        askedRoles = items.map { asked in
            guard case .context(let item) = asked, let fact = item.fact, fact.others == nil else { return nil }
            return fact.role
        }
        scoredRules = items.map { asked in
            guard case .scored(let item, let scale, _) = asked else { return nil }
            return ScoredItemRule(item: item, scale: scale)
        }
        for dimension in questionnaire.dimensions {
            let rules = dimension.items.compactMap { [scales] item in scales[item.scale].map { ScoredItemRule(item: item, scale: $0) } }
            if rules.count == dimension.items.count { dimensionRules[dimension.id] = rules }
        }
    }

    static func == (lhs: QuestionnaireIndex, rhs: QuestionnaireIndex) -> Bool {
        lhs.items == rhs.items && lhs.scales == rhs.scales
    }
}

/// A scored item reduced to what an answer is checked and scored with: copying a whole `Item`
/// with its texts for every answer in a pool costs more than the scoring itself.
struct ScoredItemRule: Sendable {
    var id: String
    var weight: Double
    var reverse: Bool
    /// The scale's option values, in scale order.
    var values: [Double]
    var missing: [String]
    var minimum: Double
    var maximum: Double

    init(item: Item, scale: Scale) {
        id = item.id
        weight = item.weight
        reverse = item.reverse
        values = scale.options.map(\.value)
        missing = scale.missing.map(\.code)
        minimum = scale.minimum
        maximum = scale.maximum
    }

    /// `ItemScore.score` with the scale's bounds at hand.
    func score(_ value: Double) -> Double {
        let range = maximum - minimum
        guard range > 0 else { return 0 }
        return ((reverse ? minimum + maximum - value : value) - minimum) / range * 100
    }
}
