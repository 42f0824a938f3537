import ZelfscanCore

/// The look back's cells in words, shared by the Markdown and HTML renderings. Changes are
/// written "before → after (change)": what moved alongside an action, never what it caused.
struct LookBackLines {
    let w: ImprovementText

    init(_ w: ImprovementText) { self.w = w }

    func status(_ action: LookBackSection.ActionRow) -> String {
        let label = action.status.label.text(w.language)
        return action.notes.isEmpty ? label : "\(label) (\(action.notes.joined(separator: "; ")))"
    }

    func change(_ row: LookBackSection.StatementRow) -> String {
        let t = w.report
        if let reason = row.notComparable { return w.notComparable(reason) }
        guard let change = row.change, let before = row.before, let after = row.after else { return w.noChange }
        let partial = row.partial.map { ", \(w.partialChange($0))" } ?? ""
        return "\(t.score(before)) → \(t.score(after)) (\(t.signed(change))\(partial))"
    }

    func dimension(_ action: LookBackSection.ActionRow) -> String {
        "\(action.dimension): " + (action.dimensionChange.map(change) ?? w.noChange)
    }

    func statements(_ action: LookBackSection.ActionRow) -> String {
        action.statements.isEmpty ? "–" : action.statements.map { "\(w.quoted($0.text)): \(change($0))" }.joined(separator: "; ")
    }

    /// A statement's change since the last comparable round beside its bar or in its table.
    func since(_ itemID: String, change: Double?, in back: LookBackSection?) -> String {
        if back?.notComparable[itemID] != nil { return w.notComparableShort }
        return change.map { w.report.signed($0) } ?? "–"
    }

    /// The question the meeting guide asks about last year's actions, with their statuses counted.
    func guideQuestion(_ back: LookBackSection) -> MeetingGuide.Question? {
        guard let year = back.planYear, !back.actions.isEmpty else { return nil }
        let counts = ActionStatus.allCases.compactMap { status -> String? in
            let n = back.actions.filter { $0.status == status }.count
            return n > 0 ? "\(n) \(status.label.text(w.language))" : nil
        }
        return MeetingGuide.Question(kind: .lookBack, question: w.lookBackQuestion(year), numbers: w.actionsStatus(back.actions.count, counts))
    }
}
