import ArgumentParser
import Foundation
import ZelfscanCore
import ZelfscanFiles
import ZelfscanServices
import ZelfscanReport

struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score a round: per dimension n, mean, sd and band, with trend, reference figures and peers.",
        discussion: """
            In a workspace: zelfscan score [--year YYYY] [--peers DIR] [--json]
            On loose response files: zelfscan score --questionnaire Q.yaml [--json] RESPONSE.yaml...
            (grouped into cells by municipality and year).
            Aggregates only: a cell result needs at least 3 submitted responses, and no lowest or
            highest score is shown (each is one member's). --json --individual-scores adds each
            member's scores without code, role or role group (docs/scoring.md).
            Exit status: 0 ok, 64 usage, 65 invalid file, 66 file cannot be read.
            """
    )

    @OptionGroup var round: RoundOptions

    @Option(help: "A folder of workspaces to compare with (peer benchmarks).")
    var peers: String?

    @Option(help: "Score loose response files against this questionnaire instead of a workspace.")
    var questionnaire: String?

    @Flag(help: "Print the scores as JSON (shape in docs/scoring.md).")
    var json = false

    @Flag(name: .customLong("individual-scores"),
          help: "With --json: add each member's scores, without code, role or role group. Keep them from colleagues.")
    var individualScores = false

    @Argument(help: "Response files, with --questionnaire.")
    var files: [String] = []

    @OptionGroup var strictness: StrictOption

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if questionnaire == nil, !files.isEmpty {
            throw ValidationError(Phrase(en: "response files need --questionnaire FILE", nl: "antwoordbestanden hebben --questionnaire BESTAND nodig"))
        }
        if questionnaire != nil, files.isEmpty {
            throw ValidationError(Phrase(en: "name the response files to score", nl: "noem de antwoordbestanden die gescoord moeten worden"))
        }
        if individualScores, !json {
            throw ValidationError(Phrase(en: "--individual-scores goes with --json", nl: "--individual-scores hoort bij --json"))
        }
        if questionnaire != nil, round.dir != nil || round.year != nil {
            throw ValidationError(Phrase(en: "--questionnaire scores loose files; --dir and --year belong to a workspace", nl: "--questionnaire scoort losse bestanden; --dir en --year horen bij een werkruimte: kies één van beide"))
        }
    }

    func run() async throws {
        var language = language.resolved
        try await reportingFailures(language: language) {
            if let questionnaire {
                try await scoreFiles(questionnaireFile: questionnaire, language: language)
                return
            }
            let folder = try WorkspaceFolder.open(dir: self.round.dir, now: Date())
            language = self.language.resolved(workspace: folder.workspace.language)
            try await scoreWorkspace(folder, language: language)
        }
    }

    private func scoreWorkspace(_ folder: WorkspaceFolder, language: Language) async throws(CommandFailure) {
        let year = self.round.year ?? folder.workspace.year
        let history = try folder.history(upTo: year, language: language)
        guard let round = history.current else {
            throw CommandFailure(Phrase(en: "round \(year) of \(folder.workspace.municipality) has no submitted responses yet",
                                        nl: "ronde \(year) van \(folder.workspace.municipality) heeft nog geen verzonden antwoorden"),
                                 hint: Phrase(en: "see who has answered with: zelfscan status", nl: "wie al geantwoord heeft, ziet u met: zelfscan status"),
                                 exitCode: ExitStatus.invalidData)
        }
        var peerBenchmark: PeerBenchmark?
        if let peers {
            peerBenchmark = try await folder.peerBenchmark(for: round, peers: peers, strict: strictness.strict, language: language)
        }
        if json {
            try printJSON(ScoreReport(questionnaire: folder.questionnaire, rounds: [round], individualScores: individualScores), language: language)
            return
        }
        let rounds = history.rounds
        let summary = CellScoreSummary(questionnaire: folder.questionnaire, round: round, language: language,
                                       references: ReferenceComparison.all(questionnaire: folder.questionnaire, responses: history.submitted),
                                       trend: rounds.count > 1 ? try trend(rounds, questionnaires: history.questionnaires) : nil, peers: peerBenchmark)
        Output.out(summary.render())
    }

    /// The cell's rounds as a trend. Rounds that cannot form one are a fault in the workspace,
    /// said as such rather than silently left out of the summary.
    private func trend(_ rounds: [CellRound], questionnaires: [Questionnaire]) throws(CommandFailure) -> CellTrend {
        do {
            return try CellTrend(rounds: rounds, questionnaires: questionnaires)
        } catch {
            let problem = switch error {
            case .differentCells(let names):
                Phrase(en: "the rounds of this workspace belong to different cells (\(names.joined(separator: ", ")))",
                       nl: "de rondes van deze werkmap horen bij verschillende cellen (\(names.joined(separator: ", ")))")
            case .duplicateYear(let year):
                Phrase(en: "this workspace has two results for \(year)", nl: "deze werkmap heeft twee resultaten voor \(year)")
            }
            throw CommandFailure(problem, hint: Phrase(en: "a workspace holds one municipality with one round per year; see: zelfscan status",
                                                       nl: "een werkmap hoort bij één gemeente met één ronde per jaar; zie: zelfscan status"),
                                 exitCode: ExitStatus.invalidData)
        }
    }

    /// Loose files are read on every core; a file that cannot be used is reported and left out
    /// (with --strict, nothing is scored).
    private func scoreFiles(questionnaireFile: String, language: Language) async throws(CommandFailure) {
        let (questionnaire, hash) = try WorkspaceFolder.loadQuestionnaire(.file(questionnaireFile), root: ".")
        let loader = ResponseLoader(questionnaire: questionnaire, questionnaireSHA256: hash)
        var progress = ProgressLine(label: Phrase(en: "reading responses", nl: "antwoorden lezen").text(language), total: files.count)
        let results = await files.parallelMap(progress: { progress.update($0) }) { file in
            do throws(LocalReadError) {
                return loader.load(file: file, bytes: try LocalFiles.read(file, maxBytes: ResponseLoader.maxFileBytes))
            } catch {
                return ResponseLoader.Result(response: nil, diagnostics: [WorkspaceFolder.unreadable(file, error)], sources: [:])
            }
        }
        progress.finish()
        var responses: [Response] = []
        var diagnostics: [Diagnostic] = []
        var sources: [String: String] = [:]
        var leftOut = 0
        for result in results {
            diagnostics += result.diagnostics
            sources.merge(result.sources) { first, _ in first }
            if let response = result.response {
                if response.status == .submitted { responses.append(response) }
            } else {
                leftOut += 1
            }
        }
        report(diagnostics, sources: sources, language: language)
        if leftOut > 0 {
            let counted = Phrase(en: "\(leftOut) of \(files.count) response files cannot be used", nl: "\(leftOut) van de \(files.count) antwoordbestanden zijn onbruikbaar")
            if strictness.strict || responses.isEmpty {
                throw CommandFailure(Phrase(en: counted.en + "; nothing was scored", nl: counted.nl + "; er is niets gescoord"),
                                     hint: Phrase(en: "fix or leave out the files named above", nl: "verbeter de bovenstaande bestanden of laat ze weg"),
                                     exitCode: ExitStatus.invalidData)
            }
            Output.error(Phrase(en: counted.en + "; they are left out and the rest is scored (--strict stops instead)",
                                nl: counted.nl + "; ze worden weggelaten en de rest wordt gescoord (--strict stopt in dat geval)").text(language) + "\n")
        }
        let rounds = try CellAggregator(questionnaire: questionnaire).cellRounds(responses)
        if json {
            try printJSON(ScoreReport(questionnaire: questionnaire, rounds: rounds, individualScores: individualScores), language: language)
            return
        }
        let texts = rounds.map { round in
            CellScoreSummary(questionnaire: questionnaire, round: round, language: language,
                             references: ReferenceComparison.all(questionnaire: questionnaire,
                                                                 responses: responses.filter { $0.municipality == round.municipality && $0.year == round.year }))
                .render()
        }
        Output.out(texts.joined(separator: "\n"))
    }

    private func report(_ diagnostics: [Diagnostic], sources: [String: String], language: Language) {
        guard !diagnostics.isEmpty else { return }
        let renderer = DiagnosticRenderer(sources: sources, language: language)
        Output.error(diagnostics.inReadingOrder().map(renderer.render).joined(separator: "\n") + "\n")
    }

    private func printJSON(_ report: ScoreReport, language: Language) throws(CommandFailure) {
        if individualScores {
            Output.error(Phrase(en: "warning: the output holds each member's own scores (without code or role); respondents were promised that colleagues never see them, so keep it to yourself",
                                nl: "waarschuwing: de uitvoer bevat de eigen scores van elk lid (zonder code of rol); de respondenten is beloofd dat collega's die nooit zien, dus houd ze voor uzelf").text(language) + "\n")
        }
        do {
            Output.out(String(decoding: try report.json(), as: UTF8.self) + "\n")
        } catch {
            throw CommandFailure(Phrase(en: "could not write JSON: \(error.reason)", nl: "kon geen JSON schrijven: \(error.reason)"),
                                 exitCode: ExitStatus.invalidData)
        }
    }
}
