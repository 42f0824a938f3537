/// Lookups a questionnaire answers for every answer of every response: items in the order asked
/// with their positions and conditions, and scales by id.
struct QuestionnaireIndex: Sendable, Equatable {
    var items: [AskedItem] = []
    var positions: [String: Int] = [:]
    /// Item ids and conditions in the order asked, without the item payloads, for `Visibility`.
    var conditions: [(id: String, showIf: Condition?)] = []
    var scales: [String: Scale] = [:]

    init() {}

    init(_ questionnaire: Questionnaire) {
        for scale in questionnaire.scales where scales[scale.id] == nil { scales[scale.id] = scale }
        let context = (questionnaire.context?.items ?? []).map(AskedItem.context)
        let scored = questionnaire.dimensions.flatMap { dimension in
            dimension.items.compactMap { [scales] item in
                scales[item.scale].map { AskedItem.scored(item, $0, dimension: dimension) }
            }
        }
        items = context + scored
        for (position, item) in items.enumerated() where positions[item.id] == nil {
            positions[item.id] = position
        }
        conditions = items.map { ($0.id, $0.showIf) }
    }

    static func == (lhs: QuestionnaireIndex, rhs: QuestionnaireIndex) -> Bool {
        lhs.items == rhs.items && lhs.scales == rhs.scales
    }
}
