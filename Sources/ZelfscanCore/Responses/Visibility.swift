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

    public func isShown(_ itemID: String) -> Bool { shownSet.contains(itemID) }

    private var shownSet: Set<String>

    public init(questionnaire: Questionnaire, role: String, answers: [String: Answer]) {
        let group = questionnaire.role(role)?.group
        var shown: [String] = []
        var kept: [String: Answer] = [:]
        shown.reserveCapacity(questionnaire.index.conditions.count)
        kept.reserveCapacity(answers.count)
        for (id, showIf) in questionnaire.index.conditions {
            let visible = showIf?.holds(answers: kept, role: role, roleGroup: group) ?? true
            guard visible else { continue }
            shown.append(id)
            if let answer = answers[id] { kept[id] = answer }
        }
        self.shownItems = shown
        self.answers = kept
        self.shownSet = Set(shown)
    }
}

extension Questionnaire {
    /// The group a role belongs to, nil for an unknown role.
    public func roleGroup(ofRole role: String) -> RoleGroup? {
        guard let groupID = self.role(role)?.group else { return nil }
        return roleGroups.first { $0.id == groupID }
    }
}
