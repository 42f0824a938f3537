import ArgumentParser
import Foundation
import ZelfscanCore
import ZelfscanFiles
import ZelfscanServices
import ZelfscanReport

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

    @Option(help: "Write to this file instead of the screen (atomically).")
    var out: String?

    @OptionGroup var strictness: StrictOption

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard !dirs.isEmpty else { throw ValidationError("name at least one workspace folder — noem minstens één werkruimtemap") }
    }

    /// The workspaces read for the rounds `rounds` chooses, problems reported, and their
    /// comparison in `--year` or the latest year read; nil when no round has a submitted response.
    private func read(language: Language, rounds: ([String]) -> WorkspacePool<[CellRound]>.RoundChoice)
        async throws(CommandFailure) -> (CollectedWorkspaces<[CellRound]>, CellComparison?) {
        let loaded = try await CollectedWorkspaces.read(dirs, language: language, rounds: rounds) { folder, rounds throws(CommandFailure) in
            try CellAggregator(questionnaire: folder.questionnaire, itemDistributions: false).cellRounds(rounds.flatMap(\.responses))
        }
        let cells = loaded.pool.members.map { (workspace: $0.workspace, rounds: $0.summary) }
        guard let latest = cells.flatMap({ $0.rounds.map(\.year) }).max() else { return (loaded, nil) }
        return (loaded, CellComparison(questionnaire: loaded.questionnaire, cells: cells, year: year ?? latest,
                                       grouping: by))
    }

    static func noRound(_ year: Int) -> CommandFailure {
        CommandFailure(Phrase(en: "no cell has a round in \(year)", nl: "geen enkele cel heeft een ronde in \(year)"),
                       hint: Phrase(en: "leave out --year to compare the latest round", nl: "laat --year weg om de laatste ronde te vergelijken"),
                       exitCode: ExitStatus.invalidData)
    }

    func run() async throws {
        let language = language.resolved
        try await reportingFailures(language: language) { try await compare(language: language) }
    }

    /// Reads the compared round and the earlier rounds back to the one change is measured
    /// against, not ten years of files; if the newest year holds only drafts, everything is read
    /// to find the latest round with submitted responses.
    private func compare(language: Language) async throws(CommandFailure) {
        let minimum = ScoringRules.standard.minimumCellRespondents
        var (loaded, comparison) = try await read(language: language) { roots in
            (year ?? WorkspacePool<[CellRound]>.latestYear(roots)).map { .upTo($0, previousWith: minimum) } ?? .all
        }
        if year == nil, comparison?.rows.isEmpty != false {
            (loaded, comparison) = try await read(language: language) { _ in .all }
        }
        loaded.pool.report(language: language)
        try loaded.pool.requireComplete(strict: strictness.strict)
        guard let comparison, !comparison.rows.isEmpty else {
            if let year { throw Self.noRound(year) }
            throw CommandFailure(Phrase(en: "none of the workspaces has submitted responses", nl: "geen van de werkruimtes heeft verzonden antwoorden"),
                                 hint: Phrase(en: "see who has answered with: zelfscan status --dir FOLDER", nl: "wie al geantwoord heeft, ziet u met: zelfscan status --dir MAP"),
                                 exitCode: ExitStatus.invalidData)
        }
        let labels = ComparisonLabels(questionnaire: loaded.questionnaire, language: language)
        let text: String
        switch format {
        case .csv: text = ComparisonCSV.render(comparison, labels: labels)
        case .json:
            do { text = try ComparisonJSON.render(comparison, labels: labels) } catch {
                throw CommandFailure(Phrase(en: "could not write JSON: \(error)", nl: "kon geen JSON schrijven: \(error)"), exitCode: ExitStatus.invalidData)
            }
        case .html: text = ComparisonHTML(comparison: comparison, labels: labels).render()
        case .table: text = ComparisonTable(comparison: comparison, labels: labels).render()
        }
        guard let out else {
            Output.out(text)
            return
        }
        do {
            try AtomicFile.write(text, to: out, mode: 0o600)
        } catch let error as AtomicFile.WriteError {
            throw CommandFailure(writing: error, kept: Phrase(en: "nothing was written; an earlier \(out), if any, is unchanged", nl: "er is niets geschreven; een eerdere \(out) blijft ongewijzigd"),
                                 hint: Phrase(en: "check that the folder exists and is writable", nl: "kijk na of de map bestaat en beschrijfbaar is"))
        } catch {
            throw CommandFailure(Phrase(en: "could not write \(out): \(error)", nl: "kon \(out) niet schrijven: \(error)"), exitCode: ExitStatus.cannotCreate)
        }
        let written = comparison.synthetic ? labels.syntheticNotice(comparison) + " " : ""
        Output.out(written + labels.written(out))
    }
}
