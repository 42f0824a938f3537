import Foundation
import YAML
import ZelfscanCore
import ZelfscanFiles

/// The response files of one round, read and checked; a broken file is reported, not fatal, so
/// one bad file never hides the others.
public struct RoundFiles {
    public var responses: [Response] = []
    public var diagnostics: [Diagnostic] = []
    public var sources: [String: String] = [:]
    /// Files that could not be used at all.
    public var rejected: [String] = []
}

extension WorkspaceFolder {
    /// Years that have a responses folder, newest last.
    public func years() -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/responses")) ?? []
        return names.compactMap(Int.init).sorted()
    }

    /// Every response file of the round, checked; files that cannot be used are named in
    /// `rejected` with a diagnostic saying why (unreadable, not valid, another cell's or year's,
    /// or a second file for the same respondent).
    public func loadRound(year: Int) -> RoundFiles {
        var round = RoundFiles()
        let folder = responsesFolder(year: year)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted()
        let loader = ResponseLoader(questionnaire: questionnaire, questionnaireSHA256: questionnaireSHA256)
        let library = self.library
        var earlierLoaders: [String: ResponseLoader] = [:]
        var found: [RoundMembership.Found] = []
        for name in names {
            let path = folder + "/" + name
            let bytes: [UInt8]
            do throws(LocalReadError) {
                bytes = try LocalFiles.read(path, maxBytes: ResponseLoader.maxFileBytes, followLinks: false)
            } catch {
                round.rejected.append(path)
                round.diagnostics.append(Self.unreadable(path, error))
                continue
            }
            // The header is read once: it says which version, and so which loader, the file needs.
            var fileLoader = loader
            if QuestionnaireLibrary.mayNameEarlierVersion(bytes, current: questionnaire), let stamp = QuestionnaireLibrary.stamp(of: bytes) {
                if library.isOrphan(stamp, current: questionnaire) {
                    round.rejected.append(path)
                    round.diagnostics.append(orphaned(path, stamp))
                    round.sources[path] = String(decoding: bytes, as: UTF8.self)
                    continue
                }
                if let entry = library.earlierEntry(for: stamp, current: questionnaire) {
                    fileLoader = earlierLoaders[entry.sha256] ?? ResponseLoader(questionnaire: entry.questionnaire, questionnaireSHA256: entry.sha256)
                    earlierLoaders[entry.sha256] = fileLoader
                }
            }
            let result = fileLoader.load(file: path, bytes: bytes)
            round.diagnostics.append(contentsOf: result.diagnostics)
            round.sources.merge(result.sources) { first, _ in first }
            guard let response = result.response else {
                round.rejected.append(path)
                continue
            }
            found.append(RoundMembership.Found(path: path, name: String(name.dropLast(".yaml".count)), response: response))
        }
        let membership = RoundMembership.check(found, municipality: workspace.municipality, year: year)
        round.responses = membership.kept
        round.rejected += membership.rejected
        round.diagnostics += membership.diagnostics
        return round
    }

    /// A response of an earlier version whose file the workspace no longer has: what to do, exactly.
    func orphaned(_ path: String, _ stamp: QuestionnaireLibrary.Stamp) -> Diagnostic {
        let given = "\(stamp.id) \(stamp.version)" + (stamp.sha256.map { " (SHA-256 \($0))" } ?? "")
        let dir = root == "." ? "" : " --dir \(root)"
        return Diagnostic(
            file: path, mark: stamp.mark,
            Phrase(en: "these answers were given on questionnaire \(given), which this workspace no longer has (it now uses \(questionnaire.id) \(questionnaire.version)); the round is left out of the trend",
                   nl: "deze antwoorden werden gegeven op vragenlijst \(given), die deze werkruimte niet meer heeft (ze gebruikt nu \(questionnaire.id) \(questionnaire.version)); de ronde valt buiten de trend"),
            hint: Phrase(en: "keep that version's file in the workspace with: zelfscan questionnaire keep FILE\(dir) (FILE is the questionnaire file of version \(stamp.version) the answers were given on); the round then counts again",
                         nl: "bewaar het bestand van die versie in de werkruimte met: zelfscan questionnaire keep BESTAND\(dir) (BESTAND is het vragenlijstbestand van versie \(stamp.version) waarop geantwoord werd); de ronde telt dan weer mee"))
    }

    /// A file that could not be read at all, as a diagnostic at its first line.
    public static func unreadable(_ path: String, _ error: LocalReadError) -> Diagnostic {
        let reason: Phrase
        switch error {
        case .tooLarge(let error): return Diagnostic(file: path, yamlError: error)
        case .unreadable(let error): reason = error.text
        }
        return Diagnostic(file: path, mark: Mark(line: 1, column: 1),
                          Phrase(en: "cannot read this file: \(reason.en)", nl: "kan dit bestand niet lezen: \(reason.nl)"),
                          hint: Phrase(en: "check the file's permissions and type; it is left out",
                                       nl: "kijk de rechten en het soort bestand na; het wordt weggelaten"))
    }

    /// Writes the response atomically, readable by its owner only.
    public func save(_ response: Response) throws(CommandFailure) {
        let folder = responsesFolder(year: response.year)
        try keepCurrentQuestionnaire()
        do {
            try WorkspaceFiles.createFolder(folder)
            let text = try ResponseEncoder().encode(response, questionnaire: questionnaire)
            try AtomicFile.write(text, to: responsePath(year: response.year, code: response.respondent))
        } catch let error as AtomicFile.WriteError {
            throw CommandFailure(Phrase(en: error.text.en, nl: error.text.nl),
                                 hint: Phrase(en: "check that the disk is not full and the folder is writable; your earlier answers are still in the file",
                                              nl: "kijk na of de schijf niet vol is en de map beschrijfbaar is; uw eerdere antwoorden staan nog in het bestand"),
                                 exitCode: ExitStatus.cannotCreate)
        } catch {
            throw CommandFailure(Phrase(en: "could not save the answers: \(error)", nl: "kon de antwoorden niet bewaren: \(error)"),
                                 exitCode: ExitStatus.cannotCreate)
        }
    }
}
