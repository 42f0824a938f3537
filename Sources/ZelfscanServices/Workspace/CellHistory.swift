import Foundation
import ZelfscanCore

/// A cell's rounds up to the one asked for, as `score` and `report` both need them: the
/// aggregated rounds for the trend, and the chosen round's submitted responses and open drafts.
public struct CellHistory {
    public var rounds: [CellRound] = []
    /// The chosen round; nil when it has no submitted response.
    public var current: CellRound?
    public var submitted: [Response] = []
    public var openDrafts = 0
    /// The questionnaire versions the rounds were given on, for a trend across versions.
    public var questionnaires: [Questionnaire] = []
}

extension WorkspaceFolder {
    /// Reads every round up to `year`, printing the problems of unusable files on stderr.
    public func history(upTo year: Int, language: Language) throws(CommandFailure) -> CellHistory {
        let library = self.library
        var history = CellHistory()
        history.questionnaires = library.entries.map(\.questionnaire)
        if !kept.diagnostics.isEmpty {
            let renderer = DiagnosticRenderer(sources: kept.sources, language: language)
            Output.error(kept.diagnostics.inReadingOrder().map(renderer.render).joined(separator: "\n") + "\n")
        }
        for roundYear in years() where roundYear <= year {
            let files = loadRound(year: roundYear)
            if !files.diagnostics.isEmpty {
                let renderer = DiagnosticRenderer(sources: files.sources, language: language)
                Output.error(files.diagnostics.inReadingOrder().map(renderer.render).joined(separator: "\n") + "\n")
            }
            let submitted = files.responses.filter { $0.status == .submitted && $0.year == roundYear }
            // A round given on an earlier version is scored with that version's file.
            let version = submitted.first.flatMap { library.entry(for: $0.questionnaire)?.questionnaire }
            let rounds = try CellAggregator(questionnaire: version ?? questionnaire).cellRounds(submitted, library: library)
            history.rounds += rounds
            if roundYear == year {
                history.current = rounds.first { $0.year == year }
                history.submitted = submitted
                history.openDrafts = files.responses.filter { $0.status == .draft }.count
            }
        }
        return history
    }

    /// The round beside the cells in `peers`, with the folders that could not be read named.
    /// In an export's panel the cell's own row is left out, so it does not count twice.
    public func peerBenchmark(for round: CellRound, peers: String, strict: Bool = false,
                       language: Language) async throws(CommandFailure) -> PeerBenchmark {
        var pool = try await PeerPool.load(peers, questionnaire: questionnaire, sha256: questionnaireSHA256, year: round.year, language: language)
        if pool.fromExport { pool.entries = ExportPeers.withoutOwnRow(pool.entries, own: round) }
        let problems = WorkspacePool<[PeerEntry]>(problems: pool.problems)
        problems.report(language: language)
        try problems.requireComplete(strict: strict)
        return PeerBenchmark(cell: PeerEntry(cell: round, workspace: workspace), pool: pool.entries)
    }
}

extension CellAggregator {
    /// The rounds, or the scoring error as a command failure. Responses given on an earlier
    /// version of the questionnaire (an earlier round) are scored with that version, found in
    /// `library` (a workspace's: `WorkspaceFolder.library`), else among the bundled ones.
    public func cellRounds(_ responses: [Response], library: QuestionnaireLibrary? = nil) throws(CommandFailure) -> [CellRound] {
        do {
            let library = library ?? QuestionnaireLibrary.workspace(current: questionnaire, sha256: "")
            var rounds: [CellRound] = []
            for (version, given) in Dictionary(grouping: responses, by: \.questionnaire.version) {
                // The file the responses were read with (a kept copy is found by its hash).
                let earlier = version == questionnaire.version ? nil : given.first.flatMap { library.entry(for: $0.questionnaire)?.questionnaire }
                var aggregator = self
                if let earlier { aggregator.questionnaire = earlier }
                rounds += try aggregator.rounds(given)
            }
            return rounds.sorted { ($0.municipality, $0.year) < ($1.municipality, $1.year) }
        } catch {
            throw CommandFailure(Phrase(en: "cannot score: \(error)", nl: "kan niet scoren: \(error)"), exitCode: ExitStatus.invalidData)
        }
    }
}
