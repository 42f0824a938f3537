import Foundation
import ZelfscanCore
import ZelfscanFiles

/// `zelfscan export --merge`: pools finished exports without the key. Every part is audited
/// first, so a tampered part is never carried into the pool; its codebook and panel are read
/// whole (they are small), its `items.csv` is kept open and read twice by `ExportMerge` (once to
/// find each respondent's rows, once to copy them), and the pool is written and audited as an
/// export from workspaces is. Memory does not grow with the size of the parts.
public struct ExportMergeService {
    /// The export folders to pool, as named on the command line.
    public var parts: [String]
    public var k: Int
    /// The questionnaire file the parts were made with; nil for the bundled one.
    public var questionnaireFile: String?
    public var language: Language

    public init(parts: [String], k: Int, questionnaireFile: String?, language: Language) {
        self.parts = parts
        self.k = k
        self.questionnaireFile = questionnaireFile
        self.language = language
    }

    /// Pools the parts into a new export folder at `out` and returns what it released.
    public func merge(to out: String, formats: Set<ExportFolderWriter.Format>, createdYear: Int,
                      random: inout some RandomNumberGenerator) throws(CommandFailure) -> ExportSummary {
        var read: [ExportMerge.Part] = []
        for dir in parts { try requireFolder(dir) }
        for dir in parts {
            try audit(dir)
            read.append(try part(dir))
        }
        let questionnaire = try mergedQuestionnaire()
        var pooled: ExportPlan
        do {
            pooled = try ExportMerge.merge(read, questionnaire: questionnaire, k: k, random: &random)
        } catch {
            throw failure(error)
        }
        try ExportRelease.requireReleasable(pooled.summary)
        // A part whose items.csv changed after it was read the first time stops the writer; its
        // own failure says which part, rather than the writer's account of an unwritable folder.
        let changed = ChangedPart()
        pooled.tables = pooled.tables.map { table in
            ExportTableSource(name: table.name, columns: table.columns) { body in
                do {
                    try table.forEachRow(body)
                } catch let error as ExportMerge.Failure {
                    changed.failure = error
                    throw error
                }
            }
        }
        do {
            try ExportRelease.write(pooled, formats: formats, to: out, createdYear: createdYear, language: language)
        } catch {
            if let failure = changed.failure { throw self.failure(failure) }
            throw error
        }
        return pooled.summary
    }

    /// Written from both writing threads (CSV and SQLite make the rows each), so behind a lock;
    /// the first failure is kept.
    private final class ChangedPart: @unchecked Sendable {
        private let lock = NSLock()
        private var first: ExportMerge.Failure?

        var failure: ExportMerge.Failure? {
            get { lock.withLock { first } }
            set { lock.withLock { if first == nil { first = newValue } } }
        }
    }

    /// A part that is missing or not a folder, said in the user's words before anything is read.
    private func requireFolder(_ dir: String) throws(CommandFailure) {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: dir, isDirectory: &isFolder)
        guard !exists || !isFolder.boolValue else { return }
        let problem = exists ? Phrase(en: "\(dir) is not a folder", nl: "\(dir) is geen map")
                             : Phrase(en: "\(dir) does not exist", nl: "\(dir) bestaat niet")
        throw CommandFailure(Phrase(en: "\(problem.en): --merge pools export folders, nothing was written",
                                    nl: "\(problem.nl): --merge bundelt exportmappen, er is niets geschreven"),
                             hint: Phrase(en: "name the folders zelfscan export wrote (each holds codebook.yaml, cells.csv and items.csv)",
                                          nl: "noem de mappen die zelfscan export schreef (elk met codebook.yaml, cells.csv en items.csv)"),
                             exitCode: ExitStatus.cannotRead)
    }

    private func audit(_ dir: String) throws(CommandFailure) {
        let findings: [AuditFinding]
        do {
            findings = try ExportAudit(minimumK: k).audit(AuditFolder(path: dir)).findings
        } catch {
            throw CommandFailure(Phrase(en: "cannot read \(dir): \(error)", nl: "kan \(dir) niet lezen: \(error)"), exitCode: ExitStatus.cannotRead)
        }
        guard findings.isEmpty else {
            AuditReport(findings: findings, language: language).print(folder: dir)
            throw CommandFailure(Phrase(en: "\(dir) fails the audit, so it is not pooled: nothing was written",
                                        nl: "\(dir) haalt de controle niet en wordt dus niet gebundeld: er is niets geschreven"),
                                 hint: Phrase(en: "pool only unchanged folders written by zelfscan export (check one with: zelfscan audit \(dir))",
                                              nl: "bundel alleen ongewijzigde mappen die zelfscan export schreef (controleer er een met: zelfscan audit \(dir))"),
                                 exitCode: ExitStatus.invalidData)
        }
    }

    /// The codebook and the panel in memory, `items.csv` opened for the merge to read.
    private func part(_ dir: String) throws(CommandFailure) -> ExportMerge.Part {
        var texts: [String] = []
        for name in [ExportFolderWriter.codebookYAMLFile, ReleaseColumns.cellsFile + ".csv"] {
            do {
                texts.append(String(decoding: try LocalFiles.read(dir + "/" + name, maxBytes: PeerPool.maxCellsBytes), as: UTF8.self))
            } catch {
                throw Self.cannotRead(dir + "/" + name, Phrase(en: "\(error)", nl: "\(error)"))
            }
        }
        let items: ExportItemsFile
        do {
            items = try ExportItemsFile(path: dir + "/" + ReleaseColumns.itemsFile + ".csv")
        } catch {
            throw Self.cannotRead(dir + "/" + ReleaseColumns.itemsFile + ".csv", error.text)
        }
        return ExportMerge.Part(codebookYAML: texts[0], cellsCSV: texts[1], items: items)
    }

    private static func cannotRead(_ path: String, _ reason: Phrase) -> CommandFailure {
        CommandFailure(Phrase(en: "cannot read \(path): \(reason.en)", nl: "kan \(path) niet lezen: \(reason.nl)"),
                       hint: Phrase(en: "pooling needs the CSV files: export with --format csv or csv,sqlite",
                                    nl: "bundelen heeft de CSV-bestanden nodig: exporteer met --format csv of csv,sqlite"),
                       exitCode: ExitStatus.cannotRead)
    }

    /// The questionnaire the parts were made with: the bundled one, or the file `questionnaireFile` names.
    private func mergedQuestionnaire() throws(CommandFailure) -> Questionnaire {
        guard let path = questionnaireFile else {
            guard let bundled = BundledQuestionnaire.load().questionnaire else {
                throw CommandFailure(Phrase(en: "the bundled questionnaire is not valid", nl: "de ingebouwde vragenlijst is niet geldig"), exitCode: ExitStatus.invalidData)
            }
            return bundled
        }
        return try WorkspaceFolder.loadQuestionnaire(.file(path), root: FileManager.default.currentDirectoryPath).0
    }

    private func failure(_ error: ExportMerge.Failure) -> CommandFailure {
        let hint = Phrase(en: "pool only folders written by zelfscan export 0.3 or later of the same questionnaire version (see their README)",
                          nl: "bundel alleen mappen die zelfscan export 0.3 of later schreef, van dezelfde vragenlijstversie (zie hun README)")
        let message: Phrase
        switch error {
        case .notAnExport(let part):
            message = Phrase(en: "\(parts[part]) is not a zelfscan export (its codebook.yaml says otherwise)", nl: "\(parts[part]) is geen zelfscan-export (volgens zijn codebook.yaml)")
        case .olderFormat(let part, let format):
            message = Phrase(en: "\(parts[part]) has export format \(format), written by an older zelfscan that did not protect against linkage",
                             nl: "\(parts[part]) heeft exportformaat \(format), geschreven door een oudere zelfscan die niet beschermde tegen koppeling")
        case .differentQuestionnaire(let part, let found, let expected):
            message = Phrase(en: "\(parts[part]) holds questionnaire \(found), not \(expected); pass the questionnaire file it was made with as --questionnaire FILE",
                             nl: "\(parts[part]) bevat vragenlijst \(found), niet \(expected); geef het vragenlijstbestand waarmee ze gemaakt is op met --questionnaire BESTAND")
        case .unreadable(let part, let file):
            message = Phrase(en: "\(parts[part])/\(file) is missing or not readable CSV", nl: "\(parts[part])/\(file) ontbreekt of is geen leesbare CSV")
        case .cannotRead(let part, let file, let reason):
            return Self.cannotRead(parts[part] + "/" + file, Phrase(en: reason, nl: reason))
        case .differentColumns(let part, let file):
            message = Phrase(en: "\(parts[part])/\(file) has other columns than this questionnaire's export", nl: "\(parts[part])/\(file) heeft andere kolommen dan de export van deze vragenlijst")
        case .sharedCells(let part, let other, let cells):
            message = Phrase(en: "\(parts[part]) and \(parts[other]) hold \(cells) of the same cells; pooled, each would count twice toward k",
                             nl: "\(parts[part]) en \(parts[other]) bevatten \(cells) dezelfde cellen; gebundeld zou elk twee keer meetellen voor k")
        }
        return CommandFailure(message, hint: hint, exitCode: ExitStatus.invalidData)
    }
}
