import ZelfscanCore

/// A context question without a Flemish figure (the number of cases, and every context question a
/// questionnaire adds), with what the members answered: facts shown beside the opinions.
public struct FactEntry: Sendable, Equatable {
    public struct Choice: Sendable, Equatable {
        public var label: String
        public var count: Int
    }

    public enum Answers: Sendable, Equatable {
        case number(median: Double, lowest: Double, highest: Double, unit: String?)
        /// Options chosen at least once, in questionnaire order.
        case choices([Choice])
        /// Fewer answers than a cell result needs: a median of one or two is those members' own.
        case tooFew
    }

    public var itemID: String
    public var question: String
    /// Members who answered (not "don't know").
    public var answered: Int
    public var dontKnow: Int
    public var answers: Answers
    /// The members gave different answers to a single-choice or number question.
    public var differ: Bool

    /// Nil for free-text questions (their text may identify people) and for questions nobody saw.
    init?(_ item: ContextItem, responses: [Response], language: Language, minimum: Int) {
        guard item.kind != .text else { return nil }
        var numbers: [Double] = []
        var counts: [String: Int] = [:]
        var dontKnow = 0
        var answered = 0
        for response in responses {
            switch response.answers[item.id] {
            case .number(let value)?: numbers.append(value); answered += 1
            case .choice(let code)?: counts[code, default: 0] += 1; answered += 1
            case .choices(let codes)?: for code in codes { counts[code, default: 0] += 1 }; answered += 1
            case .missing?: dontKnow += 1
            default: break
            }
        }
        guard answered + dontKnow > 0 else { return nil }
        itemID = item.id
        question = item.text.text(language)
        self.answered = answered
        self.dontKnow = dontKnow
        switch item.kind {
        case .number:
            numbers.sort()
            if numbers.count < minimum {
                answers = .tooFew
                differ = false
            } else {
                let middle = numbers.count / 2
                let median = numbers.count % 2 == 1 ? numbers[middle] : (numbers[middle - 1] + numbers[middle]) / 2
                answers = .number(median: median, lowest: numbers[0], highest: numbers[numbers.count - 1],
                                  unit: item.unit?.text(language))
                differ = numbers[0] != numbers[numbers.count - 1]
            }
        default:
            let chosen = item.options.compactMap { option in
                counts[option.code].map { Choice(label: option.label.text(language), count: $0) }
            }
            answers = .choices(chosen)
            differ = item.kind == .single && chosen.count > 1
        }
    }
}
