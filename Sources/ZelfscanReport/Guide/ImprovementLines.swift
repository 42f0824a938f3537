import ZelfscanCore

/// Sentences of the improvement parts built from the report's data, shared by the Markdown and
/// HTML renderings so the two say the same thing. Plain text.
struct ImprovementLines {
    let report: CellReport
    let w: ImprovementText

    init(_ report: CellReport) {
        self.report = report
        self.w = ImprovementText(report.language, group: report.group)
    }

    /// Under a dimension's trend: when other roles answered than in the round it is compared
    /// with, the warning and the change among the same roles (or why that is not shown).
    func roleChange(_ section: DimensionSection) -> [String] {
        guard let roles = report.roleChange, section.trend.count >= 2,
              section.trend.dropLast().last?.year == roles.previousYear,
              section.trend.last?.mean != nil, section.trend.dropLast().last?.mean != nil else { return [] }
        let warning = w.roleChange(previous: roles.previousYear, gone: roles.gone, new: roles.new)
        if case let same?? = roles.sameRoles[section.id] {
            return [warning, w.sameRoles(w.report.signed(same.change), before: same.before, after: same.after)]
        }
        return [warning, w.sameRolesHidden(report.rules.minimumCellRespondents)]
    }
}
