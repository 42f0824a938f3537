import Foundation
import ZelfscanCore
import ZelfscanFiles

/// Who has taken part in a round, as counts only. No code is ever listed: a code is the only
/// key to a draft, and on a shared laptop the next colleague would open it. Drafts show their
/// progress, and their role groups only where at least 3 drafts share one, so no draft points
/// to a person.
public struct RoundStatus: Encodable {
    public struct Submitted: Encodable {
        public var count: Int
        /// Submitted responses per role group id.
        public var roleGroups: [String: Int]
    }

    public struct Drafts: Encodable {
        public var count: Int
        public var inUse: Int
        /// Share of the shown questions answered, in percent, lowest first.
        public var progress: [Int]
        /// Open drafts per role group id, only for groups with at least 3.
        public var roleGroups: [String: Int]
    }

    public struct CellReport: Encodable {
        public var possible: Bool
        public var submitted: Int
        public var minimum: Int
    }

    public var municipality: String
    public var year: Int
    public var synthetic: Bool
    public var questionnaire: String
    public var submitted: Submitted
    public var drafts: Drafts
    public var rejectedFiles: [String]
    public var cellReport: CellReport

    private var groups: [(id: String, label: LocalizedText)] = []

    private enum CodingKeys: String, CodingKey {
        case municipality, year, synthetic, questionnaire, submitted, drafts, rejectedFiles, cellReport
    }

    public init(folder: WorkspaceFolder, year: Int, round: RoundFiles) {
        let questionnaire = folder.questionnaire
        municipality = folder.workspace.municipality
        self.year = year
        synthetic = folder.workspace.synthetic || round.responses.contains { $0.synthetic }
        self.questionnaire = "\(questionnaire.id) \(questionnaire.version)"
        func group(_ response: Response) -> String { questionnaire.roleGroup(ofRole: response.role)?.id ?? "" }
        let sent = round.responses.filter { $0.status == .submitted }
        submitted = Submitted(count: sent.count, roleGroups: Dictionary(grouping: sent, by: group).mapValues(\.count))
        let open = round.responses.filter { $0.status == .draft }
        let minimum = ScoringRules.standard.minimumRoleGroupSize
        drafts = Drafts(
            count: open.count,
            inUse: open.filter { DraftLock.isHeld(at: folder.lockPath(year: year, code: $0.respondent)) }.count,
            progress: open.map { response in
                let visibility = Visibility(questionnaire: questionnaire, role: response.role, answers: response.answers)
                let shown = visibility.shownItems.count
                return shown == 0 ? 0 : visibility.answers.count * 100 / shown
            }.sorted(),
            roleGroups: Dictionary(grouping: open, by: group).mapValues(\.count).filter { !$0.key.isEmpty && $0.value >= minimum })
        rejectedFiles = round.rejected
        cellReport = CellReport(possible: sent.count >= ScoringRules.minimumCellRespondents, submitted: sent.count,
                                minimum: ScoringRules.minimumCellRespondents)
        groups = questionnaire.roleGroups.map { ($0.id, $0.label) }
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    public func text(language: Language) -> String {
        let t = StatusText(language: language)
        var lines: [String] = []
        if synthetic { lines.append(t.synthetic) }
        lines.append(t.heading(municipality: municipality, year: year, questionnaire: questionnaire))
        lines.append("")
        lines.append(t.submittedHeading(submitted.count))
        let counts = groups.map { group in "\(group.label.text(language)) \(submitted.roleGroups[group.id] ?? 0)" }
        lines.append("  " + t.groups(counts.joined(separator: ", ")))
        if drafts.count > 0 {
            lines.append("")
            lines.append(t.draftsHeading(drafts.count))
            lines.append("  " + t.progress(drafts.progress.map { "\($0)%" }.joined(separator: ", ")))
            let draftGroups = groups.compactMap { group in drafts.roleGroups[group.id].map { "\(group.label.text(language)) \($0)" } }
            if !draftGroups.isEmpty { lines.append("  " + t.draftGroups(draftGroups.joined(separator: ", "), minimum: ScoringRules.standard.minimumRoleGroupSize)) }
            if drafts.inUse > 0 { lines.append("  " + t.inUse(drafts.inUse)) }
            lines.append("  " + t.resumeHint)
        }
        if !rejectedFiles.isEmpty {
            lines.append("")
            lines.append(t.rejected(rejectedFiles.count))
            lines.append(contentsOf: rejectedFiles.map { "  " + ControlCharacters.printable($0) })
        }
        lines.append("")
        lines.append(cellReport.possible ? t.reportPossible(submitted.count) : t.reportNotYet(submitted.count, cellReport.minimum))
        return lines.joined(separator: "\n") + "\n"
    }
}
