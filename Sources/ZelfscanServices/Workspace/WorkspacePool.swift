import Foundation
import ZelfscanCore
import ZelfscanFiles

/// The workspaces under the folders a coach or researcher names, read on every core. A
/// researcher's pool is 300 cells × 10 rounds × up to 15 files; one task per workspace keeps
/// both cores busy, and results are put back in folder order, so the output never depends on
/// which task finished first.
///
/// Nothing in a pool is fatal: an unreadable workspace or file is reported by path with the
/// reason, and the rest goes on (`--strict` turns any problem into a stop, before anything is
/// written).
public struct WorkspacePool<Summary: Sendable> {
    /// A workspace that was read, with what the command keeps of it.
    public struct Member: Sendable {
        public var root: String
        public var workspace: Workspace
        public var questionnaire: Questionnaire
        public var summary: Summary
    }

    /// A workspace or file that was left out, and why.
    public struct Problem: Sendable {
        public var path: String
        public var reason: Phrase
        /// False for a file used despite a warning (such as a changed questionnaire hash).
        public var leftOut = true
        /// A workspace of another questionnaire: expected in a mixed pool, and counted in an export.
        public var otherQuestionnaire = false
        /// Located problems inside the file, printed before the reason.
        public var diagnostics: [Diagnostic] = []
        public var sources: [String: String] = [:]
    }

    public var members: [Member] = []
    public var problems: [Problem] = []

    /// What the command keeps of one workspace, computed inside its task so that only this
    /// (small) result stays in memory, not every response.
    public typealias Summarise = @Sendable (WorkspaceFolder, [RoundFiles]) throws(CommandFailure) -> Summary

    /// Which rounds of each workspace a command needs: reading only those is most of the speed
    /// of a ten-year pool.
    public enum RoundChoice: Sendable {
        case all
        case only(Int)
        /// The round of the year, then earlier rounds newest first until one has at least
        /// `previousWith` submitted responses: what a comparison shows and measures change against.
        case upTo(Int, previousWith: Int)
    }

    /// The file the others are compared with: a workspace of the same id and version but another
    /// file is compared only when its `ScoringShape` is the same.
    public struct ComparedFile: Sendable {
        public var sha256: String
        public var shape: ScoringShape

        public init(_ questionnaire: Questionnaire, sha256: String) {
            self.sha256 = sha256
            shape = ScoringShape(questionnaire)
        }
    }

    /// Reads `roots` in parallel. A workspace whose questionnaire is not `expected` (id and
    /// version), or is another file of them that scores differently from `file`, is left out
    /// without reading its rounds.
    public static func read(_ roots: [String], expected: (id: String, version: String)?, file: ComparedFile? = nil,
                     rounds choice: RoundChoice = .all, language: Language,
                     progressLabel: Phrase, summarise: @escaping Summarise) async -> WorkspacePool {
        var progress = ProgressLine(label: progressLabel.text(language), total: roots.count)
        let outcomes = await roots.parallelMap(progress: { progress.update($0) }) { root in
            readOne(root, expected: expected, file: file, choice: choice, summarise: summarise)
        }
        progress.finish()
        var pool = WorkspacePool()
        var seen: [String: String] = [:]
        for outcome in outcomes {
            pool.problems += outcome.problems
            guard let member = outcome.member else { continue }
            if let first = seen[member.workspace.municipality] {
                pool.problems.append(Problem(path: member.root, reason: Phrase(
                    en: "holds \(member.workspace.municipality) again (already read from \(first)); left out so the municipality counts once",
                    nl: "bevat opnieuw \(member.workspace.municipality) (al gelezen uit \(first)); weggelaten zodat de gemeente één keer telt")))
                continue
            }
            seen[member.workspace.municipality] = member.root
            pool.members.append(member)
        }
        return pool
    }

    private static func choose(_ choice: RoundChoice, in folder: WorkspaceFolder) -> [RoundFiles] {
        let years = folder.years()
        switch choice {
        case .all:
            return years.map { folder.loadRound(year: $0) }
        case .only(let year):
            return years.filter { $0 == year }.map { folder.loadRound(year: $0) }
        case .upTo(let year, let minimum):
            guard years.contains(year) else { return [] }
            var rounds = [folder.loadRound(year: year)]
            for earlier in years.filter({ $0 < year }).reversed() {
                rounds.append(folder.loadRound(year: earlier))
                if rounds[rounds.count - 1].responses.filter({ $0.status == .submitted }).count >= minimum { break }
            }
            return rounds
        }
    }

    /// The newest round year among the workspaces, from their folder names alone.
    public static func latestYear(_ roots: [String]) -> Int? {
        roots.compactMap { root in
            ((try? FileManager.default.contentsOfDirectory(atPath: root + "/responses")) ?? []).compactMap(Int.init).max()
        }.max()
    }

    private struct Outcome: Sendable {
        var member: Member?
        var problems: [Problem] = []
    }

    private static func readOne(_ root: String, expected: (id: String, version: String)?, file: ComparedFile?, choice: RoundChoice,
                                summarise: Summarise) -> Outcome {
        var outcome = Outcome()
        do throws(CommandFailure) {
            let folder = try WorkspaceFolder.open(dir: root, now: Date(), tighten: false)
            if let expected, folder.questionnaire.id != expected.id || folder.questionnaire.version != expected.version {
                outcome.problems.append(Problem(path: root, reason: Phrase(
                    en: "uses questionnaire \(folder.questionnaire.id) \(folder.questionnaire.version), not \(expected.id) \(expected.version); left out",
                    nl: "gebruikt vragenlijst \(folder.questionnaire.id) \(folder.questionnaire.version), niet \(expected.id) \(expected.version); weggelaten"),
                    otherQuestionnaire: true))
                return outcome
            }
            if let file, folder.questionnaireSHA256.lowercased() != file.sha256.lowercased(),
               let difference = file.shape.difference(to: ScoringShape(folder.questionnaire)) {
                let q = "\(folder.questionnaire.id) \(folder.questionnaire.version)"
                outcome.problems.append(Problem(path: root, reason: Phrase(
                    en: "uses another file of questionnaire \(q) (SHA-256 \(folder.questionnaireSHA256), compared with \(file.sha256)) that scores differently: \(difference.en); left out, so scores are compared on the same statements only (a coach's own dimension marked 'local: true' keeps a file comparable)",
                    nl: "gebruikt een ander bestand van vragenlijst \(q) (SHA-256 \(folder.questionnaireSHA256), vergeleken met \(file.sha256)) dat anders scoort: \(difference.nl); weggelaten, zodat scores alleen op dezelfde stellingen vergeleken worden (een eigen dimensie met 'local: true' houdt een bestand vergelijkbaar)"),
                    otherQuestionnaire: true))
                return outcome
            }
            for diagnostic in folder.kept.diagnostics {
                outcome.problems.append(Problem(path: diagnostic.file, reason: Phrase(en: "not used", nl: "niet gebruikt"),
                                                diagnostics: [diagnostic], sources: folder.kept.sources.filter { $0.key == diagnostic.file }))
            }
            let rounds = choose(choice, in: folder)
            for round in rounds where !round.diagnostics.isEmpty {
                let rejected = Set(round.rejected)
                let byFile = Dictionary(grouping: round.diagnostics, by: \.file)
                for file in byFile.keys.sorted() {
                    let leftOut = rejected.contains(file)
                    outcome.problems.append(Problem(
                        path: file,
                        reason: leftOut ? Phrase(en: "left out", nl: "weggelaten") : Phrase(en: "used, with a warning", nl: "gebruikt, met een waarschuwing"),
                        leftOut: leftOut, diagnostics: byFile[file] ?? [], sources: round.sources.filter { $0.key == file }))
                }
            }
            outcome.member = Member(root: root, workspace: folder.workspace, questionnaire: folder.questionnaire,
                                    summary: try summarise(folder, rounds))
        } catch {
            outcome.problems.append(Problem(path: root, reason: error.message, diagnostics: error.diagnostics, sources: error.sources))
        }
        return outcome
    }
}

extension WorkspacePool {
    /// Prints every problem on stderr: the located diagnostics, then one line per path.
    public func report(language: Language) {
        guard !problems.isEmpty else { return }
        for problem in problems {
            if !problem.diagnostics.isEmpty {
                let renderer = DiagnosticRenderer(sources: problem.sources, language: language)
                Output.error(problem.diagnostics.inReadingOrder().map(renderer.render).joined(separator: "\n") + "\n")
            }
            Output.error("\(ControlCharacters.printable(problem.path)): \(ControlCharacters.printable(problem.reason.text(language)))\n")
        }
        let leftOut = problems.filter(\.leftOut).count
        if leftOut > 0 {
            Output.error(Phrase(en: "\(leftOut) file(s) or workspace(s) left out; the rest was used (--strict stops instead)",
                                nl: "\(leftOut) bestand(en) of werkruimte(s) weggelaten; de rest is gebruikt (--strict stopt in dat geval)").text(language) + "\n")
        }
    }

    /// With `--strict`, any path left out stops the command before it writes anything.
    public func requireComplete(strict: Bool) throws(CommandFailure) {
        let leftOut = problems.filter(\.leftOut).count
        guard strict, leftOut > 0 else { return }
        throw CommandFailure(Phrase(en: "\(leftOut) file(s) or workspace(s) cannot be used; with --strict nothing is produced",
                                    nl: "\(leftOut) bestand(en) of werkruimte(s) zijn onbruikbaar; met --strict wordt niets gemaakt"),
                             hint: Phrase(en: "fix or remove the files named above, or leave out --strict to go on without them",
                                          nl: "verbeter of verwijder de bovenstaande bestanden, of laat --strict weg om zonder ze verder te gaan"),
                             exitCode: ExitStatus.invalidData)
    }
}
