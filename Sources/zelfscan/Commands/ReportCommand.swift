import ArgumentParser
import Foundation
import ZelfscanCore
import ZelfscanFiles
import ZelfscanServices
import ZelfscanReport

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the cell's improvement report and its meeting guide: self-contained HTML and Markdown, with charts, benchmarks, trend and proposed actions.",
        discussion: """
            Writes reports/<year>/zelfscan-rapport-<year>.html and .md in the workspace (English: \
            zelfscan-report-<year>.*), or in --out DIR, with the meeting guide beside them \
            (zelfscan-leidraad-<year>.*, English zelfscan-meeting-guide-<year>.*), and prints the paths. A cell with fewer than \
            3 submitted responses gets no report. The same data give the same bytes; the date shown \
            comes from SOURCE_DATE_EPOCH or the latest submission. Sections: docs/reports.md.
            Exit status: 0 ok, 64 usage, 65 invalid file or too few responses, 66 file cannot be \
            read, 73 report cannot be written.
            """
    )

    enum Format: String, CaseIterable {
        case html
        case md
    }

    @OptionGroup var round: RoundOptions

    @Option(help: "Formats to write, comma-separated: html, md.")
    var format: String = "html,md"

    @Option(help: "Folder to write the report in (default: reports/<year>/ in the workspace).")
    var out: String?

    @Option(help: "A folder of workspaces to compare with (peer benchmarks).")
    var peers: String?

    @Flag(name: .customLong("include-comments"), help: "Include the members' free-text comments (can identify people).")
    var includeComments = false

    @Flag(help: "Write the one-page note for the mayor or the council (scores, change, agreed actions) instead of the report.")
    var note = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        for name in format.split(separator: ",") where Format(rawValue: name.trimmingCharacters(in: .whitespaces)) == nil {
            throw ValidationError(ReportCommandText.unknownFormat(String(name)))
        }
        if format.split(separator: ",").isEmpty { throw ValidationError(Phrase(en: "--format needs html, md or both", nl: "--format heeft html, md of beide nodig")) }
    }

    var formats: [Format] {
        Format.allCases.filter { wanted in format.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == wanted.rawValue } }
    }

    func run() async throws {
        var language = language.resolved
        try await reportingFailures(language: language) {
            let folder = try WorkspaceFolder.open(dir: self.round.dir, now: Date())
            language = self.language.resolved(workspace: folder.workspace.language)
            try await write(folder, language: language)
        }
    }

    private func write(_ folder: WorkspaceFolder, language: Language) async throws(CommandFailure) {
        let year = self.round.year ?? folder.workspace.year
        let history = try folder.history(upTo: year, language: language)
        let (rounds, submitted, drafts) = (history.rounds, history.submitted, history.openDrafts)
        guard let round = history.current else {
            throw failure(.tooFewRespondents(municipality: folder.workspace.municipality, year: year, submitted: 0,
                                             minimum: ScoringRules.minimumCellRespondents))
        }
        var benchmark: PeerBenchmark?
        if let peers { benchmark = try await folder.peerBenchmark(for: round, peers: peers, language: language) }
        let plans = try folder.loadPlans(before: year)
        var input = ReportInput(
            questionnaire: folder.questionnaire, workspace: folder.workspace, round: round, responses: submitted,
            rounds: rounds.filter { $0.municipality == round.municipality },
            references: ReferenceComparison.all(questionnaire: folder.questionnaire, responses: submitted),
            peers: benchmark, openDrafts: drafts, includeComments: includeComments, language: language,
            date: ReportDate.resolve(sourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], responses: submitted),
            plans: plans)
        input.questionnaires = history.questionnaires
        let report: CellReport
        do {
            report = try CellReport(input)
        } catch {
            throw failure(error)
        }
        let t = ReportCommandText(language: language, group: report.group)
        if includeComments && !note { Output.error(t.commentsWarning + "\n") }
        let target = out ?? folder.root + "/reports/\(year)"
        let names = ReportText(language: language)
        // The meeting guide is written beside the report in each format, to print on its own.
        let reports = formats.map { format in
            AtomicFile.Item(path: target + "/" + names.fileName(year: year, extension: format.rawValue),
                            text: format == .html ? HTMLReport(report).render() : MarkdownReport(report).render(),
                            mode: includeComments ? 0o600 : 0o644)
        }
        let guides = formats.map { format in
            AtomicFile.Item(path: target + "/" + MeetingGuide.fileName(year: year, extension: format.rawValue, language: language),
                            text: format == .html ? HTMLReport(report).renderGuide() : MarkdownReport(report).renderGuide(),
                            mode: 0o644)
        }
        let files = note ? try noteFiles(report, folder: folder, year: year, target: target) : reports + guides
        let newFolder = !FileManager.default.fileExists(atPath: target)
        do {
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
            try AtomicFile.write(files)
            for file in files { Output.out(t.written(file.path) + "\n") }
        } catch {
            if newFolder { rmdir(target) }
            let kept = Phrase(en: "no report file was written or changed in \(target)", nl: "er is geen rapportbestand geschreven of gewijzigd in \(target)")
            if let error = error as? AtomicFile.WriteError { throw CommandFailure(writing: error, kept: kept) }
            if let full = CommandFailure.outOfSpace(error, failed: Phrase(en: "\(target) could not be created", nl: "\(target) kon niet aangemaakt worden"), kept: kept) {
                throw full
            }
            let nsError = error as NSError
            let code = (nsError.userInfo[NSUnderlyingErrorKey] as? NSError)?.code ?? 0
            if [CocoaError.fileWriteNoPermission.rawValue, CocoaError.fileWriteVolumeReadOnly.rawValue].contains(nsError.code)
                || [EACCES, EPERM, EROFS].contains(Int32(code)) {
                throw CommandFailure(Phrase(en: "you may not write in \(target): the folder is read-only for you", nl: "u mag niet schrijven in \(target): de map is alleen-lezen voor u"),
                                     hint: Phrase(en: "write the report to a folder of your own with --out DIR, or ask the workspace's owner to make it",
                                                  nl: "schrijf het rapport naar een eigen map met --out MAP, of vraag de eigenaar van de werkruimte het te maken"),
                                     exitCode: ExitStatus.cannotCreate)
            }
            throw CommandFailure(Phrase(en: "cannot write the report in \(target): \(nsError.localizedDescription)",
                                        nl: "kan het rapport niet schrijven in \(target): \(nsError.localizedDescription)"),
                                 exitCode: ExitStatus.cannotCreate)
        }
        if report.synthetic { Output.out(t.synthetic(cellInvented: report.cover.synthetic) + "\n") }
    }

    private func failure(_ error: ReportError) -> CommandFailure {
        CommandFailure(Phrase(en: error.message(.en), nl: error.message(.nl)),
                       hint: Phrase(en: error.hint(.en), nl: error.hint(.nl)), exitCode: ExitStatus.invalidData)
    }
}
