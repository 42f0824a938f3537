/// How often members chose each option of the questionnaire's multiple-choice context questions
/// ("what would help", "difficulties"), pooled over cells: what a coach plans a training or an
/// exchange day from. Counts only, and only from rounds with at least 3 submitted responses.
public struct PooledChoices: Sendable, Equatable {
    public struct Option: Sendable, Equatable {
        public var code: String
        /// Members who chose it, over all cells.
        public var members: Int
        /// Cells where at least one member chose it.
        public var cells: Int
    }

    public struct Question: Sendable, Equatable {
        public var itemID: String
        /// Members who answered the question with at least one option.
        public var answered: Int
        /// In the questionnaire's option order.
        public var options: [Option]
    }

    public var questions: [Question]
    /// Cells whose answers are pooled.
    public var cells: Int

    /// `rounds`: the submitted responses of one round per cell.
    public init(questionnaire: Questionnaire, rounds: [[Response]], rules: ScoringRules = .standard) {
        let pooled = rounds.filter { $0.count >= rules.minimumCellRespondents }
        cells = pooled.count
        questions = (questionnaire.context?.items ?? []).filter { $0.kind == .multiple }.map { item in
            var members: [String: Int] = [:]
            var cells: [String: Int] = [:]
            var answered = 0
            for responses in pooled {
                var chosenInCell: Set<String> = []
                for response in responses {
                    guard case .choices(let codes)? = response.answers[item.id], !codes.isEmpty else { continue }
                    answered += 1
                    for code in Set(codes) {
                        members[code, default: 0] += 1
                        chosenInCell.insert(code)
                    }
                }
                for code in chosenInCell { cells[code, default: 0] += 1 }
            }
            return Question(itemID: item.id, answered: answered,
                            options: item.options.map { Option(code: $0.code, members: members[$0.code] ?? 0, cells: cells[$0.code] ?? 0) })
        }
    }
}
