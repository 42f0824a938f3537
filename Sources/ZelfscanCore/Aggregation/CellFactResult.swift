import Foundation

/// A fact about the cell (`answered_by:`) in one round: the answer of the role that answers it,
/// never a mean of members, with what the other members' answers say about how well the cell
/// knows its own arrangements.
public struct CellFactResult: Sendable, Equatable {
    public var itemID: String
    /// The role whose answer is the cell's fact.
    public var role: String
    /// The answer of that role's most recently submitted respondent who was asked it; nil when
    /// nobody with the role submitted, or the answer was "don't know" or left open.
    public var answer: Answer?
    /// Submitted respondents with the role who answered the item.
    public var roleRespondents: Int
    /// When no respondent with the role answered: the missing code the latest of them gave
    /// (such as "don't know"), so a report can tell an open fact from one not answered yet.
    public var roleMissing: String?
    /// Several respondents with the role gave different answers: reported, never averaged.
    public var disagreement: Bool
    /// Other members (`others: knowledge`) who were asked; nil when only the role is asked.
    public var othersAsked: Int?
    /// Of those, how many answered with a "don't know" code ("not applicable" is not counted).
    public var othersDontKnow: Int?

    /// The others' "don't know" rate (0–1), only from `ScoringRules.minimumCellRespondents`
    /// others, so it never shows one member's answer.
    public var othersDontKnowShare: Double? {
        guard let othersAsked, let othersDontKnow, othersAsked >= ScoringRules.minimumCellRespondents else { return nil }
        return Double(othersDontKnow) / Double(othersAsked)
    }

    public init(item: ContextItem, fact: FactRole, members: [(response: Response, visibility: Visibility)], rules: ScoringRules = .standard) {
        itemID = item.id
        role = fact.role
        let byRole = members.filter { $0.response.role == fact.role && $0.visibility.isShown(item.id) }
        let answers = byRole
            .compactMap { member in member.visibility.answers[item.id].map { (member.response, $0) } }
            .filter { $0.1.isAnswer }
            .sorted { ($0.0.submitted ?? $0.0.updated, $0.0.respondent) < ($1.0.submitted ?? $1.0.updated, $1.0.respondent) }
        answer = answers.last?.1
        roleRespondents = answers.count
        roleMissing = answers.isEmpty ? byRole
            .compactMap { member -> (Date, String, String)? in
                guard case .missing(let code)? = member.visibility.answers[item.id] else { return nil }
                return (member.response.submitted ?? member.response.updated, member.response.respondent, code)
            }
            .max { ($0.0, $0.1) < ($1.0, $1.1) }?.2 : nil
        disagreement = answers.contains { $0.1 != answers[0].1 }
        if fact.others != nil {
            let others = members.filter { $0.response.role != fact.role && $0.visibility.isShown(item.id) }
            othersAsked = others.count
            othersDontKnow = others.filter { member in
                guard case .missing(let code)? = member.visibility.answers[item.id] else { return false }
                return item.missing.kind(of: code) == .dontKnow
            }.count
        } else {
            othersAsked = nil
            othersDontKnow = nil
        }
    }
}
