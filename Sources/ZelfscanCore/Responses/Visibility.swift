/// Which items a respondent is shown, given the role and the answers so far.
///
/// Items are walked in the order asked, and an item that is hidden does not count as answered
/// for the conditions after it, so a stale answer left behind by going back and changing an
/// earlier answer cannot switch on a later item.
public struct Visibility: Sendable, Equatable {
    /// Ids of the items shown, context first, in the order asked.
    public var shownItems: [String]
    /// The answers to shown items only.
    public var answers: [String: Answer]

    public func isShown(_ itemID: String) -> Bool { positions[itemID].map { shownFlags[$0] } ?? false }

    /// The questionnaire's item positions (shared, not copied) and which of them are shown.
    private let positions: [String: Int]
    private let shownFlags: [Bool]

    public init(questionnaire: Questionnaire, role: String, answers: [String: Answer]) {
        let group = questionnaire.role(role)?.group
        let conditions = questionnaire.index.conditions
        let askedRoles = questionnaire.index.askedRoles
        var flags = [Bool](repeating: false, count: conditions.count)
        var shown: [String] = []
        shown.reserveCapacity(conditions.count)
        // A condition may only use answers given earlier (the loader refuses any other), so the
        // answers without those of hidden items are exactly what each condition may see; they
        // are only copied when an answered item turns out hidden.
        var kept = answers
        var keptCount = 0
        for (position, condition) in conditions.enumerated() {
            let asked = askedRoles[position].map { $0 == role } ?? true
            if asked, condition.showIf?.holds(answers: kept, role: role, roleGroup: group) ?? true {
                flags[position] = true
                shown.append(condition.id)
                if answers[condition.id] != nil { keptCount += 1 }
            } else if kept[condition.id] != nil {
                kept[condition.id] = nil
            }
        }
        if kept.count != keptCount {
            let positions = questionnaire.index.positions
            kept = kept.filter { positions[$0.key] != nil }
        }
        self.shownItems = shown
        self.answers = kept
        self.positions = questionnaire.index.positions
        self.shownFlags = flags
    }
}

extension Questionnaire {
    /// The group a role belongs to, nil for an unknown role.
    public func roleGroup(ofRole role: String) -> RoleGroup? {
        guard let groupID = self.role(role)?.group else { return nil }
        return roleGroups.first { $0.id == groupID }
    }
}
