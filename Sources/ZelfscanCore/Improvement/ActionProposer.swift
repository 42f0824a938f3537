/// Picks a few improvement actions from a cell's weakest statements, so the meeting chooses
/// between three to five fitting actions instead of reading every action of a band.
public enum ActionProposer {
    public static let maximum = 5
    public static let minimum = 3
    /// Band advice proposed per dimension at most: more would crowd out the other weak dimensions.
    static let bandAdvicePerDimension = 2
    /// Statements a band-advice proposal names at most.
    static let statementsPerProposal = 3

    /// The proposals for `round`, most urgent first. Walks the statements from the lowest mean
    /// item score up; a statement with advice of its own gets that advice, any other one the next
    /// unused advice of its dimension's band (or joins the proposal its dimension already has).
    /// Beyond three proposals only statements below the top band add one. Statements with fewer
    /// answers than a cell result needs are not used: their mean would be those members' own.
    /// Fewer than three only when the questionnaire has fewer advice texts to give.
    public static func propose(round: CellRound, questionnaire: Questionnaire,
                               rules: ScoringRules = .standard) -> [ProposedAction] {
        let ranked = rankedStatements(round: round, questionnaire: questionnaire, rules: rules)
        let topBand = questionnaire.bands.last
        var drafts: [Draft] = []
        var usedBandAdvice: [String: Int] = [:]
        var usedTexts: Set<LocalizedText> = []
        for statement in ranked {
            let weak = topBand.map { statement.mean < $0.from } ?? true
            if drafts.count >= maximum || (drafts.count >= minimum && !weak) { break }
            if let advice = statement.item.advice.first(where: { !usedTexts.contains($0) }) {
                usedTexts.insert(advice)
                drafts.append(Draft(dimension: statement.dimension.id, items: [statement.item.id], text: advice,
                                    source: .itemAdvice(itemID: statement.item.id)))
                continue
            }
            let bandCode = round.dimension(statement.dimension.id)?.band
                ?? questionnaire.bands.band(for: statement.mean)?.code
            guard let bandCode else { continue }
            let advice = statement.dimension.advice[bandCode, default: []].filter { !usedTexts.contains($0) }
            let used = usedBandAdvice[statement.dimension.id, default: 0]
            if used < bandAdvicePerDimension, let text = advice.first {
                usedBandAdvice[statement.dimension.id] = used + 1
                usedTexts.insert(text)
                drafts.append(Draft(dimension: statement.dimension.id, items: [statement.item.id], text: text,
                                    source: .bandAdvice(band: bandCode)))
            } else if weak, let index = drafts.lastIndex(where: {
                $0.dimension == statement.dimension.id && $0.source == .bandAdvice(band: bandCode)
            }), drafts[index].items.count < statementsPerProposal {
                drafts[index].items.append(statement.item.id)
            }
        }
        return drafts.enumerated().map { index, draft in
            ProposedAction(id: "P\(index + 1)", dimension: draft.dimension, items: draft.items, text: draft.text,
                           source: draft.source, priority: index + 1)
        }
    }

    private struct Draft {
        var dimension: String
        var items: [String]
        var text: LocalizedText
        var source: ProposedAction.Source
    }

    private struct Statement {
        var dimension: Dimension
        var item: Item
        var mean: Double
    }

    /// Scored statements with a mean shown to the cell, lowest mean first (ties by item id, as the
    /// report lists its weakest statements, so the ids stay the same for the same answers).
    private static func rankedStatements(round: CellRound, questionnaire: Questionnaire,
                                         rules: ScoringRules) -> [Statement] {
        var statements: [Statement] = []
        for dimension in questionnaire.dimensions {
            for item in dimension.items {
                guard let distribution = round.item(item.id), let scale = questionnaire.scale(item.scale),
                      let mean = distribution.mean(of: item, on: scale, minimum: rules.minimumCellRespondents) else { continue }
                statements.append(Statement(dimension: dimension, item: item, mean: mean))
            }
        }
        return statements.sorted { ($0.mean, $0.item.id) < ($1.mean, $1.item.id) }
    }
}
