import Foundation
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
        /// A fact answered by one role (`answered_by:`): that respondent's answer, in words.
        case given(String)
        /// Fewer answers than a cell result needs: a median of one or two is those members' own.
        case tooFew
    }

    public var itemID: String
    public var question: String
    /// Members who answered (not "don't know" or "not applicable").
    public var answered: Int
    /// Members who answered "don't know"; "not applicable" is no knowledge gap and not counted.
    public var dontKnow: Int
    public var answers: Answers
    /// The members gave different answers to a single-choice or number question; for a fact, the
    /// respondents of its role did.
    public var differ: Bool
    /// For a fact: the label of the role that gives it.
    public var answeredBy: String?
    /// For a fact the others are asked as a knowledge check: how many were asked, and how many
    /// of them answered "don't know" (their answers are never shown as the fact).
    public var othersAsked: Int?
    public var othersDontKnow: Int?

    /// Nil for free-text questions (their text may identify people) and for questions nobody saw.
    init?(_ item: ContextItem, responses: [Response], questionnaire: Questionnaire, language: Language, minimum: Int) {
        guard item.kind != .text else { return nil }
        let sources = item.fact.map { fact in responses.filter { $0.role == fact.role } } ?? responses
        var numbers: [Double] = []
        var counts: [String: Int] = [:]
        var given: [(date: Date, answer: Answer)] = []
        var dontKnow = 0
        for response in sources {
            guard let answer = response.answers[item.id] else { continue }
            switch answer {
            case .number(let value): numbers.append(value)
            case .choice(let code): counts[code, default: 0] += 1
            case .choices(let codes): for code in codes { counts[code, default: 0] += 1 }
            case .missing(let code):
                if item.missing.kind(of: code) != .notApplicable { dontKnow += 1 }
                continue
            default: continue
            }
            given.append((response.submitted ?? response.updated, answer))
        }
        let answered = given.count
        guard answered + dontKnow > 0 else { return nil }
        itemID = item.id
        question = item.text.text(language)
        self.answered = answered
        self.dontKnow = dontKnow
        let label = { (code: String) in item.options.first { $0.code == code }?.label.text(language) ?? code }
        if let fact = item.fact {
            answeredBy = questionnaire.role(fact.role)?.label.text(language) ?? fact.role
            // The most recent submitted answer is the cell's fact; others of the same role that
            // differ are reported, never averaged.
            let latest = given.max { $0.date < $1.date }?.answer
            switch latest {
            case .number(let value)?:
                answers = .given([FactWords.number(value, language), item.unit?.text(language)].compactMap { $0 }.joined(separator: " "))
            case .choice(let code)?: answers = .given(label(code))
            case .choices(let codes)?: answers = .given(codes.map(label).joined(separator: ", "))
            default: answers = .tooFew
            }
            differ = Set(given.map { "\($0.answer)" }).count > 1
            if fact.others == .knowledge {
                let others = responses.filter { $0.role != fact.role && $0.answers[item.id] != nil }
                othersAsked = others.count
                othersDontKnow = others.filter { response in
                    if case .missing(let code)? = response.answers[item.id] { return item.missing.kind(of: code) != .notApplicable }
                    return false
                }.count
            }
            return
        }
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
            var chosen = item.options.compactMap { option in
                counts[option.code].map { Choice(label: option.label.text(language), count: $0) }
            }
            // An answer that decides who is asked a dimension (say, who was involved in a case)
            // counts the members asked, and one about the person answering counts persons:
            // below the minimum those counts are shown only together, as small role groups are.
            let decides = questionnaire.scoredItems.contains { $0.showIf?.referencedItems.contains(item.id) == true }
            if decides || item.aboutRespondent {
                chosen = Self.merged(chosen, minimum: minimum, language: language)
            }
            answers = .choices(chosen)
            // Members answering about themselves differ by nature: no disagreement about the cell.
            differ = item.kind == .single && chosen.count > 1 && !item.aboutRespondent
        }
    }

    /// Counts below `minimum` shown only together, so none points at one or two members.
    static func merged(_ choices: [Choice], minimum: Int, language: Language) -> [Choice] {
        let small = choices.filter { $0.count < minimum }
        guard !small.isEmpty else { return choices }
        return choices.filter { $0.count >= minimum }
            + [Choice(label: ReportText(language: language).mergedAnswers(minimum), count: small.map(\.count).reduce(0, +))]
    }
}
