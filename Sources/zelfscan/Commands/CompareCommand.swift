import ArgumentParser
import Foundation
import ZelfscanCore
import ZelfscanFiles
import ZelfscanServices
import ZelfscanReport
import ZelfscanTerminal
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare the cells whose workspaces you hold: scores and bands per dimension, group medians, change since the previous round.",
        discussion: """
            DIR... are workspaces or folders holding them (such as the output of
            zelfscan demo). Names are shown: this is for coaches who guide these cells,
            never for sharing; share an anonymised export instead (zelfscan export). Not
            a ranking: rows are ordered by group and name. A cell with fewer than 3
            responses is listed without scores. --format html writes one self-contained
            file (no scripts, no external links).
            Exit status: 0 ok, 64 usage, 65 invalid data, 66 cannot read, 73 cannot
            write.
            """
    )

    @Argument(help: "Workspace folders, or folders holding workspaces.")
    var dirs: [String] = []

    @Option(help: "The round to compare (default: the latest year any cell has).")
    var year: Int?

    @Option(help: "Group rows and medians by group (Belfius group), province or level.")
    var by: CellComparison.Grouping = .group

    @Option(help: "What to write.")
    var format: ComparisonFormat = .table

    @Option(help: "Write to this file instead of the screen (atomically; a missing folder is created).")
    var out: String?

    @Flag(help: "Every year at once: trend per cell with flags, statements weak in several cells, pooled context answers (table or json).")
    var trend = false

    @OptionGroup var strictness: StrictOption

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard !dirs.isEmpty else { throw ValidationError(Phrase(en: "name at least one workspace folder", nl: "noem minstens één werkruimtemap")) }
        if trend, format == .csv || format == .html {
            throw ValidationError(Phrase(en: "--trend writes a table or json", nl: "--trend schrijft een tabel of json"))
        }
        if trend, year != nil { throw ValidationError(Phrase(en: "--trend covers every year; leave out --year", nl: "--trend omvat elk jaar; laat --year weg")) }
    }

    /// The workspaces read for the rounds `rounds` chooses, problems reported, and their
    /// comparison in `--year` or the latest year read; nil when no round has a submitted response.
    private func read(language: Language, rounds: ([String]) -> WorkspacePool<ComparedCell>.RoundChoice)
        async throws(CommandFailure) -> (CollectedWorkspaces<ComparedCell>, CellComparison?) {
        let loaded = try await CollectedWorkspaces.read(dirs, language: language, rounds: rounds) { folder, rounds throws(CommandFailure) in
            ComparedCell(folder: folder, rounds: try CellAggregator(questionnaire: folder.questionnaire, itemDistributions: false)
                .cellRounds(rounds.flatMap(\.responses), library: folder.library))
        }
        let cells = loaded.pool.members.map { (workspace: $0.workspace, rounds: $0.summary.rounds) }
        let plans = Dictionary(loaded.pool.members.map { ($0.workspace.municipality, $0.summary.plans) }, uniquingKeysWith: { first, _ in first })
        guard let latest = cells.flatMap({ $0.rounds.map(\.year) }).max() else { return (loaded, nil) }
        return (loaded, CellComparison(questionnaire: loaded.questionnaire, cells: cells, year: year ?? latest,
                                       grouping: by, plans: plans, questionnaires: loaded.pool.members.flatMap(\.summary.questionnaires)))
    }

    static func noRound(_ year: Int) -> CommandFailure {
        CommandFailure(Phrase(en: "no workspace has a round in \(year)", nl: "geen enkele werkruimte heeft een ronde in \(year)"),
                       hint: Phrase(en: "leave out --year to compare the latest round", nl: "laat --year weg om de laatste ronde te vergelijken"),
                       exitCode: ExitStatus.invalidData)
    }

    /// The terminal's width when the table goes to one; else COLUMNS when set; else none (a
    /// pipe or file gets the wide table).
    static func terminalWidth() -> Int? {
        if isatty(1) == 1 { return TerminalSize.of(descriptor: 1).columns }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init)
    }

    func run() async throws {
        let language = language.resolved
        try await reportingFailures(language: language) { try await compare(language: language) }
    }

    /// Reads the compared round and the earlier rounds back to the one change is measured
    /// against, not ten years of files; if the newest year holds only drafts, everything is read
    /// to find the latest round with submitted responses.
    private func compare(language: Language) async throws(CommandFailure) {
        if trend { return try await compareOverTime(language: language) }
        let minimum = ScoringRules.standard.minimumCellRespondents
        var (loaded, comparison) = try await read(language: language) { roots in
            (year ?? WorkspacePool<ComparedCell>.latestYear(roots)).map { .upTo($0, previousWith: minimum) } ?? .all
        }
        if year == nil, comparison?.rows.isEmpty != false {
            (loaded, comparison) = try await read(language: language) { _ in .all }
        }
        loaded.pool.report(language: language)
        for member in loaded.pool.members {
            guard let problem = member.summary.planProblem else { continue }
            problem.report(language: language)
            Output.error(Phrase(en: "\(member.workspace.municipality) is compared without its actions.",
                                nl: "\(member.workspace.municipality) wordt vergeleken zonder zijn acties.").text(language) + "\n")
        }
        try loaded.pool.requireComplete(strict: strictness.strict)
        guard let comparison, !comparison.rows.isEmpty else {
            if let year { throw Self.noRound(year) }
            throw CommandFailure(Phrase(en: "none of the workspaces has submitted responses", nl: "geen van de werkruimtes heeft verzonden antwoorden"),
                                 hint: Phrase(en: "see who has answered with: zelfscan status --dir FOLDER", nl: "wie al geantwoord heeft, ziet u met: zelfscan status --dir MAP"),
                                 exitCode: ExitStatus.invalidData)
        }
        let labels = ComparisonLabels(questionnaire: loaded.questionnaire, language: language)
        var text: String
        switch format {
        case .csv: text = ComparisonCSV.render(comparison, labels: labels)
        case .json:
            do { text = try ComparisonJSON.render(comparison, labels: labels) } catch {
                throw CommandFailure(Phrase(en: "could not write JSON: \(error)", nl: "kon geen JSON schrijven: \(error)"), exitCode: ExitStatus.invalidData)
            }
        case .html: text = ComparisonHTML(comparison: comparison, labels: labels).render()
        case .table: text = ComparisonTable(comparison: comparison, labels: labels, width: out == nil ? Self.terminalWidth() : nil).render()
        }
        try write(text, synthetic: comparison.synthetic ? labels.syntheticNotice(comparison) : nil, labels: labels, language: language)
    }

    /// Every round of every workspace, with statement means and the latest responses for the
    /// pooled context answers.
    private func compareOverTime(language: Language) async throws(CommandFailure) {
        let loaded = try await CollectedWorkspaces.read(dirs, language: language, rounds: { _ in .all }) { folder, rounds throws(CommandFailure) in
            ComparedCell(folder: folder, rounds: try CellAggregator(questionnaire: folder.questionnaire).cellRounds(rounds.flatMap(\.responses), library: folder.library),
                         files: rounds, keepResponses: true)
        }
        loaded.pool.report(language: language)
        try loaded.pool.requireComplete(strict: strictness.strict)
        let cells = loaded.pool.members.map {
            PortfolioTrend.Cell(workspace: $0.workspace, rounds: $0.summary.rounds, plans: $0.summary.plans, latestResponses: $0.summary.latestResponses,
                                questionnaires: $0.summary.questionnaires)
        }
        let trend = PortfolioTrend(questionnaire: loaded.questionnaire, cells: cells, grouping: by)
        guard !trend.years.isEmpty else {
            throw CommandFailure(Phrase(en: "none of the workspaces has submitted responses", nl: "geen van de werkruimtes heeft verzonden antwoorden"),
                                 exitCode: ExitStatus.invalidData)
        }
        let labels = ComparisonLabels(questionnaire: loaded.questionnaire, language: language)
        let text: String
        if format == .json {
            do { text = try PortfolioTrendJSON.render(trend) } catch {
                throw CommandFailure(Phrase(en: "could not write JSON: \(error)", nl: "kon geen JSON schrijven: \(error)"), exitCode: ExitStatus.invalidData)
            }
        } else {
            text = PortfolioTrendTable(trend: trend, labels: labels).render()
        }
        let notice = trend.synthetic ? labels.syntheticNotice(invented: trend.rows.filter(\.synthetic).count, of: trend.rows.count) : nil
        try write(text, synthetic: notice, labels: labels, language: language)
    }

    /// To the screen, or atomically to `--out`, creating its folder when missing.
    private func write(_ text: String, synthetic: String?, labels: ComparisonLabels, language: Language) throws(CommandFailure) {
        guard let out else {
            Output.out(text)
            return
        }
        let parent = parentFolder(of: out)
        var created = false
        if !FileManager.default.fileExists(atPath: parent) {
            do { try WorkspaceFiles.createFolder(parent) } catch {
                throw CommandFailure(Phrase(en: "the folder \(parent) does not exist and could not be created: \(error.localizedDescription)",
                                            nl: "de map \(parent) bestaat niet en kon niet gemaakt worden: \(error.localizedDescription)"),
                                     hint: Phrase(en: "create it yourself, or choose another --out", nl: "maak ze zelf, of kies een andere --out"),
                                     exitCode: ExitStatus.cannotCreate)
            }
            created = true
        }
        if created { Output.out(Phrase(en: "Folder \(parent) created.", nl: "Map \(parent) aangemaakt.").text(language) + "\n") }
        do {
            try AtomicFile.write(text, to: out, mode: 0o600)
        } catch let error as AtomicFile.WriteError {
            throw CommandFailure(writing: error, kept: Phrase(en: "nothing was written; an earlier \(out), if any, is unchanged", nl: "er is niets geschreven; een eerdere \(out) blijft ongewijzigd"),
                                 hint: Phrase(en: "check that the folder exists and is writable", nl: "kijk na of de map bestaat en beschrijfbaar is"))
        } catch {
            throw CommandFailure(Phrase(en: "could not write \(out): \(error)", nl: "kon \(out) niet schrijven: \(error)"), exitCode: ExitStatus.cannotCreate)
        }
        Output.out((synthetic.map { $0 + " " } ?? "") + labels.written(out))
    }
}
