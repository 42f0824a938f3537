import Foundation
import ZelfscanCore
import ZelfscanFiles

/// Who has taken part in a round, as counts only. No code is ever listed: a code is the only
/// key to a draft, and on a shared laptop the next colleague would open it. Drafts show their
/// progress, and their role groups only where at least 3 drafts share one, so no draft points
/// to a person. Submitted responses are counted per role group under the same rule: a group
/// of one or two would tell whether that member has answered.
public struct RoundStatus: Encodable {
    public struct Submitted: Encodable {
        public var count: Int
        /// Submitted responses per role group id, only for groups with at least 3.
        public var roleGroups: [String: Int]
        /// The other role groups together; nil when there are none. Always at least two groups,
        /// so the count never belongs to one group alone.
        public var otherGroups: Int?
    }

    /// Against the number of members the coordinator expects (`expected-members`).
    public struct ResponseRate: Encodable {
        public var expected: Int
        /// Expected members who have not submitted (never below 0).
        public var notYet: Int
        /// Submitted as a share of expected, in percent.
        public var percent: Int
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
    public var response: ResponseRate?
    public var drafts: Drafts
    public var rejectedFiles: [String]
    public var cellReport: CellReport

    private var groups: [(id: String, label: LocalizedText)] = []
    /// What the questionnaire calls the group, for the text (not in the JSON).
    private var groupNoun = GroupNoun.neutral

    private enum CodingKeys: String, CodingKey {
        case municipality, year, synthetic, questionnaire, submitted, response, drafts, rejectedFiles, cellReport
    }

    public init(folder: WorkspaceFolder, year: Int, round: RoundFiles) {
        let questionnaire = folder.questionnaire
        groupNoun = questionnaire.group
        municipality = folder.workspace.municipality
        self.year = year
        synthetic = folder.workspace.synthetic || round.responses.contains { $0.synthetic }
        self.questionnaire = "\(questionnaire.id) \(questionnaire.version)"
        func group(_ response: Response) -> String { questionnaire.roleGroup(ofRole: response.role)?.id ?? "" }
        let sent = round.responses.filter { $0.status == .submitted }
        let minimum = ScoringRules.standard.minimumRoleGroupSize
        let (shown, others) = Self.safeCounts(Dictionary(grouping: sent, by: group).mapValues(\.count),
                                              groups: questionnaire.roleGroups.map(\.id), minimum: minimum)
        submitted = Submitted(count: sent.count, roleGroups: shown, otherGroups: others)
        response = folder.workspace.expectedMembers.map { expected in
            ResponseRate(expected: expected, notYet: max(0, expected - sent.count), percent: sent.count * 100 / max(expected, 1))
        }
        let open = round.responses.filter { $0.status == .draft }
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

    /// Groups with at least `minimum` shown by name; the rest together, and never one group
    /// alone: when only one falls short, the smallest shown group joins it.
    static func safeCounts(_ counts: [String: Int], groups: [String], minimum: Int) -> (shown: [String: Int], others: Int?) {
        let all = groups + counts.keys.filter { !groups.contains($0) }.sorted()
        var shown = Dictionary(uniqueKeysWithValues: all.compactMap { id in counts[id].flatMap { $0 >= minimum ? (id, $0) : nil } })
        var rest = all.filter { shown[$0] == nil }
        if rest.count == 1, let smallest = shown.min(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
            shown[smallest.key] = nil
            rest.append(smallest.key)
        }
        guard !rest.isEmpty else { return (shown, nil) }
        return (shown, rest.reduce(0) { $0 + (counts[$1] ?? 0) })
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    public func text(language: Language) -> String {
        let t = StatusText(language: language, group: groupNoun)
        var lines: [String] = []
        if synthetic { lines.append(t.synthetic) }
        lines.append(t.heading(municipality: municipality, year: year, questionnaire: questionnaire))
        lines.append("")
        lines.append(response.map { t.submittedOfExpected(submitted.count, expected: $0.expected, notYet: $0.notYet, percent: $0.percent) }
                     ?? t.submittedHeading(submitted.count))
        var rows = groups.compactMap { group in submitted.roleGroups[group.id].map { (group.label.text(language), $0) } }
        if let others = submitted.otherGroups { rows.append((rows.isEmpty ? t.allGroups : t.otherGroups, others)) }
        lines.append("  " + t.perRoleGroup(minimum: ScoringRules.standard.minimumRoleGroupSize))
        let labelWidth = rows.map(\.0.count).max() ?? 0
        let numberWidth = rows.map { String($0.1).count }.max() ?? 0
        for (label, count) in rows {
            let number = String(count)
            lines.append("    " + label.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "  "
                         + String(repeating: " ", count: numberWidth - number.count) + number)
        }
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

extension WorkspaceFolder {
    /// `status --expected-members N`: the number kept in `zelfscan.yaml`, so the coordinator
    /// sets it once per round and every later `status` counts against it.
    public func recordingExpectedMembers(_ count: Int) throws(CommandFailure) -> WorkspaceFolder {
        if let problem = WorkspaceRules.expectedMembersProblem(count) { throw CommandFailure(problem, exitCode: ExitStatus.usage) }
        var workspace = self.workspace
        workspace.expectedMembers = count
        let file = root + "/" + WorkspaceCoding.fileName
        do {
            try AtomicFile.write(try WorkspaceCoding.encode(workspace), to: file, mode: WorkspaceFiles.fileMode)
        } catch let error as AtomicFile.WriteError {
            throw CommandFailure(writing: error, kept: Phrase(en: "\(file) is unchanged", nl: "\(file) is ongewijzigd"))
        } catch {
            throw CommandFailure(Phrase(en: "could not write \(file): \(error)", nl: "kon \(file) niet schrijven: \(error)"), exitCode: ExitStatus.cannotCreate)
        }
        return WorkspaceFolder(root: root, workspace: workspace, questionnaire: questionnaire, questionnaireSHA256: questionnaireSHA256, kept: kept)
    }
}
