import Foundation
import ZelfscanCore

/// Who has taken part in a round, by role and code only.
struct RoundStatus: Encodable {
    struct Submitted: Encodable {
        var respondent: String
        var role: String
        var roleGroup: String
        var submitted: String?
    }

    struct Draft: Encodable {
        var respondent: String
        var role: String
        var answered: Int
        var shown: Int
        var updated: String
        var inUse: Bool
    }

    struct CellReport: Encodable {
        var possible: Bool
        var submitted: Int
        var minimum: Int
    }

    var municipality: String
    var year: Int
    var synthetic: Bool
    var questionnaire: String
    var submitted: [Submitted]
    var drafts: [Draft]
    var rejectedFiles: [String]
    var cellReport: CellReport

    private var labels: [String: LocalizedText] = [:]
    private var groups: [(id: String, label: LocalizedText)] = []

    private enum CodingKeys: String, CodingKey {
        case municipality, year, synthetic, questionnaire, submitted, drafts, rejectedFiles, cellReport
    }

    init(folder: WorkspaceFolder, year: Int, round: RoundFiles) {
        let questionnaire = folder.questionnaire
        municipality = folder.workspace.municipality
        self.year = year
        synthetic = folder.workspace.synthetic || round.responses.contains { $0.synthetic }
        self.questionnaire = "\(questionnaire.id) \(questionnaire.version)"
        let sorted = round.responses.sorted { ($0.role, $0.respondent) < ($1.role, $1.respondent) }
        submitted = sorted.filter { $0.status == .submitted }.map { response in
            Submitted(respondent: response.respondent, role: response.role,
                      roleGroup: questionnaire.roleGroup(ofRole: response.role)?.id ?? "",
                      submitted: response.submitted.map(Timestamp.format))
        }
        drafts = sorted.filter { $0.status == .draft }.map { response in
            let visibility = Visibility(questionnaire: questionnaire, role: response.role, answers: response.answers)
            return Draft(respondent: response.respondent, role: response.role, answered: visibility.answers.count,
                         shown: visibility.shownItems.count, updated: Timestamp.format(response.updated),
                         inUse: DraftLock.isHeld(at: folder.lockPath(year: year, code: response.respondent)))
        }
        rejectedFiles = round.rejected
        cellReport = CellReport(possible: submitted.count >= ScoringRules.minimumCellRespondents, submitted: submitted.count,
                                minimum: ScoringRules.minimumCellRespondents)
        labels = Dictionary(uniqueKeysWithValues: questionnaire.roles.map { ($0.id, $0.label) })
        groups = questionnaire.roleGroups.map { ($0.id, $0.label) }
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    func text(language: String) -> String {
        let t = StatusText(language: language)
        var lines: [String] = []
        if synthetic { lines.append(t.synthetic) }
        lines.append(t.heading(municipality: municipality, year: year, questionnaire: questionnaire))
        lines.append("")
        lines.append(t.submittedHeading(submitted.count))
        let roleWidth = min(32, (submitted.map(\.role) + drafts.map(\.role)).map { role(of: $0, language).count }.max() ?? 0)
        for entry in submitted {
            lines.append("  \(entry.respondent)  \(pad(role(of: entry.role, language), roleWidth))  \(t.time(entry.submitted))")
        }
        if submitted.isEmpty { lines.append("  " + t.noneYet) }
        if !drafts.isEmpty {
            lines.append("")
            lines.append(t.draftsHeading(drafts.count))
            for draft in drafts {
                let inUse = draft.inUse ? "  " + t.inUse : ""
                lines.append("  \(draft.respondent)  \(pad(role(of: draft.role, language), roleWidth))  "
                             + t.progress(draft.answered, draft.shown) + ", " + t.lastSaved(t.time(draft.updated)) + inUse)
            }
            lines.append("  " + t.resumeHint)
        }
        if !rejectedFiles.isEmpty {
            lines.append("")
            lines.append(t.rejected(rejectedFiles.count))
            lines.append(contentsOf: rejectedFiles.map { "  " + $0 })
        }
        lines.append("")
        let counts = groups.map { group in
            "\(group.label.text(language)) \(submitted.filter { $0.roleGroup == group.id }.count)"
        }
        lines.append(t.groups(counts.joined(separator: ", ")))
        lines.append(cellReport.possible ? t.reportPossible(submitted.count) : t.reportNotYet(submitted.count, cellReport.minimum))
        return lines.joined(separator: "\n") + "\n"
    }

    private func role(of id: String, _ language: String) -> String { labels[id]?.text(language) ?? id }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
