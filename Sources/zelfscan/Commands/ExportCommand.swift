import ArgumentParser
import Foundation
import YAML
import ZelfscanCore
import ZelfscanFiles
import ZelfscanServices

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write an anonymised, k-anonymous export of workspaces for research (CSV, SQLite, codebook, README).",
        discussion: """
            DIR... are workspaces or folders holding them (such as the output of
            zelfscan demo). The export releases three parts that cannot be joined: a
            cell panel (cell ids random for this export; year, Belfius group, cell facts
            such as the local agreement, and the cell means), item answers without any
            cell, and statistics over at least 10 cells. Everything the panel releases
            about a cell is k-anonymous over all its years; no names, pseudonyms,
            respondent codes, roles, sizes, free text, comments or dates leave the
            workspaces. The key (make one with: zelfscan key new FILE) keeps a release
            ledger beside it (FILE.ledger) and refuses an export that differs from an
            earlier one by fewer than k municipalities. The finished export is audited
            before it is written; its README.md states the measured risk.
            Details: docs/privacy.md, docs/export.md, docs/export-format.md.
            Example: zelfscan export demo --key ~/zelfscan.key --out export-2026
            With --merge, DIR... are finished exports of the same questionnaire
            version: each is audited, then they are pooled without the key, with k
            applied again over the pool.
            Exit status: 0 ok, 64 usage, 65 invalid data or nothing to release,
            66 cannot read, 73 cannot write.
            """
    )

    @Argument(help: "Workspace folders, or folders holding workspaces (with --merge: export folders).")
    var dirs: [String] = []

    @Option(help: "The key file (made with zelfscan key new FILE); not needed with --merge.")
    var key: String?

    @Flag(help: "Pool finished exports (of different cells, by different coaches) into one, without the key.")
    var merge = false

    @Option(help: "The export folder to create; it must not exist yet (an empty folder is fine).")
    var out: String

    @Option(help: "Every combination of everything the cell panel releases covers at least this many cells (5 or more).")
    var k: Int = 5

    @Option(help: "With --merge: the questionnaire file the exports were made with (default: the bundled one).")
    var questionnaire: String?

    @Option(help: "What to write: csv, sqlite or csv,sqlite.")
    var format: String = "csv,sqlite"

    @OptionGroup var strictness: StrictOption

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard !dirs.isEmpty else { throw ValidationError(Phrase(en: "name at least one workspace folder", nl: "noem minstens één werkruimtemap")) }
        guard (ExportBuilder.minimumK...1000).contains(k) else {
            throw ValidationError(Phrase(en: "--k must be 5 to 1000: below 5 cells a municipality can be singled out, and no flag lowers that floor", nl: "--k moet 5 tot 1000 zijn: onder 5 cellen is een gemeente uit te pikken, en geen optie verlaagt die ondergrens"))
        }
        if !merge, questionnaire != nil { throw ValidationError(Phrase(en: "--questionnaire goes with --merge", nl: "--questionnaire hoort bij --merge")) }
        if merge, key != nil { throw ValidationError(Phrase(en: "--merge pools finished exports and needs no --key", nl: "--merge heeft geen --key nodig")) }
        if !merge, key == nil { throw ValidationError(Phrase(en: "--key FILE is required (make one with: zelfscan key new FILE)", nl: "--key BESTAND is verplicht (maak er een met: zelfscan key new BESTAND)")) }
        guard formats != nil else { throw ValidationError(Phrase(en: "--format takes csv, sqlite or csv,sqlite", nl: "--format aanvaardt csv, sqlite of csv,sqlite")) }
    }

    private var formats: Set<ExportFolderWriter.Format>? {
        let parts = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let parsed = parts.compactMap(ExportFolderWriter.Format.init(rawValue:))
        return parsed.count == parts.count && !parsed.isEmpty ? Set(parsed) : nil
    }

    func run() async throws {
        let language = language.resolved
        try await reportingFailures(language: language) { try await export(language: language) }
    }

    private func export(language: Language) async throws(CommandFailure) {
        try requireNewOut()
        if merge {
            try mergeExports(language: language)
            return
        }
        let keyPath = key ?? ""
        let exportKey = try KeyFile.read(keyPath, language: language)
        let k = k
        let memberToken: @Sendable (String) -> String = { ReleaseLedger.memberToken(municipality: $0, key: exportKey) }
        // Each workspace is summarised where it is read and its responses forgotten, so memory
        // does not grow with the pool (docs/performance.md).
        // A broken plan file is kept as its failure and stops the export once the pool is read.
        let loaded = try await CollectedWorkspaces.read(dirs, language: language) { folder, rounds in
            Result { () throws(CommandFailure) in
                ExportBuilder(questionnaire: folder.questionnaire, k: k, memberToken: memberToken).contribution(try folder.exportSource(rounds: rounds))
            }
        }
        loaded.pool.report(language: language)
        var contributions: [ExportContribution] = []
        for member in loaded.pool.members { contributions.append(try member.summary.get()) }
        try loaded.pool.requireComplete(strict: strictness.strict)
        var export: ExportPlan
        var random = SystemRandomNumberGenerator()
        do {
            export = try ExportBuilder(questionnaire: loaded.questionnaire, k: k, memberToken: memberToken)
                .plan(contributions, random: &random)
        } catch {
            throw CommandFailure(Phrase(en: "cannot score the responses: \(error)", nl: "kan de antwoorden niet scoren: \(error)"),
                                 hint: Phrase(en: "check the named workspace with zelfscan status", nl: "controleer de genoemde werkruimte met zelfscan status"),
                                 exitCode: ExitStatus.invalidData)
        }
        export.summary.otherQuestionnaire += loaded.otherQuestionnaire
        try Self.requireReleasable(export.summary)
        let ledger = try LedgerFile.open(keyPath: keyPath)
        defer { ledger.close() }
        let entry = ReleaseLedger.Entry(released: ReleaseLedger.releaseDay(Date()), k: export.summary.k, classes: export.classes)
        try ledger.check(entry, k: export.summary.k)
        try write(export, language: language)
        try ledger.append(entry)
    }

    /// Writes the folder; the audit runs on it before it is renamed into place, and a finding means a bug.
    private func write(_ export: ExportPlan, language: Language) throws(CommandFailure) {
        let codebookYAML: String
        do {
            codebookYAML = try export.codebook.yaml(summary: export.summary, createdYear: Calendar(identifier: .gregorian).component(.year, from: Date()))
        } catch {
            throw CommandFailure(Phrase(en: "could not write codebook.yaml: \(error)", nl: "kon codebook.yaml niet schrijven: \(error)"), exitCode: ExitStatus.invalidData)
        }
        let k = export.summary.k
        try ExportFolderWriter.write(summary: export.summary, tables: export.allTables, codebookYAML: codebookYAML, formats: formats ?? [.csv, .sqlite],
                                     to: out, language: language) { (staging: String) throws(CommandFailure) in
            let findings: [AuditFinding]
            do {
                findings = try ExportAudit(minimumK: k).audit(AuditFolder(path: staging)).findings
            } catch {
                throw CommandFailure(Phrase(en: "cannot read back the export to audit it: \(error)", nl: "kan de export niet teruglezen om ze te controleren: \(error)"),
                                     exitCode: ExitStatus.cannotCreate)
            }
            guard findings.isEmpty else {
                AuditReport(findings: findings, language: language).print(folder: out)
                throw CommandFailure(Phrase(en: "the export failed its own audit and was not written", nl: "de export haalde zijn eigen controle niet en werd niet geschreven"),
                                     hint: Phrase(en: "this is a bug in zelfscan: please report it with the findings above (they hold no names)",
                                                  nl: "dit is een fout in zelfscan: meld ze met de bevindingen hierboven (die bevatten geen namen)"),
                                     exitCode: ExitStatus.invalidData)
            }
        }
        Output.out(ExportText(language: language).done(export.summary, out: out))
    }

    /// An export that would release nothing, or would single someone out, is not written: it says why.
    static func requireReleasable(_ summary: ExportSummary) throws(CommandFailure) {
        guard summary.releasedCells > 0 else {
            let cells = summary.municipalities
            throw CommandFailure(
                Phrase(en: "nothing could be released: the workspaces hold \(cells) cell(s) with a round of at least 3 submitted responses, and no combination of what the panel releases (years taken part, Belfius group, cell facts) is shared by \(summary.k) of them, even with every fact removed",
                       nl: "er kon niets vrijgegeven worden: de werkruimtes bevatten \(cells) gemeente(n) met een ronde van minstens 3 ingediende antwoorden, en geen combinatie van wat het panel vrijgeeft (deelnamejaren, Belfius-groep, celfeiten) wordt door \(summary.k) ervan gedeeld, ook niet met alle feiten weggelaten"),
                hint: Phrase(en: "an export needs at least \(summary.k) cells that took part in the same years; pool the workspaces of more cells (for example with other coaches), or compare them by name with zelfscan compare, which is not for sharing",
                             nl: "een export heeft minstens \(summary.k) cellen nodig die in dezelfde jaren deelnamen; bundel de werkruimtes van meer cellen (bijvoorbeeld met andere coaches), of vergelijk ze op naam met zelfscan compare, dat niet om te delen is"),
                exitCode: ExitStatus.invalidData)
        }
        guard summary.linkage.singledOut == 0, summary.linkage.smallestCandidateSet >= summary.k, summary.smallestClass >= summary.k else {
            throw CommandFailure(Phrase(en: "the export's own linkage simulation singled out a cell; nothing was written",
                                        nl: "de eigen koppelingssimulatie van de export pikte een gemeente uit; er is niets geschreven"),
                                 hint: Phrase(en: "this is a bug in zelfscan: please report it", nl: "dit is een fout in zelfscan: meld ze"),
                                 exitCode: ExitStatus.invalidData)
        }
    }

    /// Pools finished exports: each is audited first, so a tampered part is never carried into the pool.
    private func mergeExports(language: Language) throws(CommandFailure) {
        var parts: [ExportMerge.Part] = []
        for dir in dirs {
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
            var texts: [String] = []
            for name in [ExportFolderWriter.codebookYAMLFile, ReleaseColumns.cellsFile + ".csv", ReleaseColumns.itemsFile + ".csv"] {
                do {
                    texts.append(String(decoding: try LocalFiles.read(dir + "/" + name, maxBytes: PeerPool.maxCellsBytes), as: UTF8.self))
                } catch {
                    throw CommandFailure(Phrase(en: "cannot read \(dir)/\(name): \(error)", nl: "kan \(dir)/\(name) niet lezen: \(error)"),
                                         hint: Phrase(en: "pooling needs the CSV files: export with --format csv or csv,sqlite",
                                                      nl: "bundelen heeft de CSV-bestanden nodig: exporteer met --format csv of csv,sqlite"),
                                         exitCode: ExitStatus.cannotRead)
                }
            }
            parts.append(ExportMerge.Part(codebookYAML: texts[0], cellsCSV: texts[1], itemsCSV: texts[2]))
        }
        let questionnaire = try mergedQuestionnaire()
        var random = SystemRandomNumberGenerator()
        let pooled: AnonymisedExport
        do {
            pooled = try ExportMerge.merge(parts, questionnaire: questionnaire, k: k, random: &random)
        } catch {
            throw Self.mergeFailure(error, dirs: dirs)
        }
        try Self.requireReleasable(pooled.summary)
        try write(pooled.plan, language: language)
    }

    /// The questionnaire the parts were made with: the bundled one, or the file `--questionnaire` names.
    private func mergedQuestionnaire() throws(CommandFailure) -> Questionnaire {
        guard let path = questionnaire else {
            guard let bundled = BundledQuestionnaire.load().questionnaire else {
                throw CommandFailure(Phrase(en: "the bundled questionnaire is not valid", nl: "de ingebouwde vragenlijst is niet geldig"), exitCode: ExitStatus.invalidData)
            }
            return bundled
        }
        return try WorkspaceFolder.loadQuestionnaire(.file(path), root: FileManager.default.currentDirectoryPath).0
    }

    static func mergeFailure(_ error: ExportMerge.Failure, dirs: [String]) -> CommandFailure {
        let hint = Phrase(en: "pool only folders written by zelfscan export 0.3 or later of the same questionnaire version (see their README)",
                          nl: "bundel alleen mappen die zelfscan export 0.3 of later schreef, van dezelfde vragenlijstversie (zie hun README)")
        let message: Phrase
        switch error {
        case .notAnExport(let part):
            message = Phrase(en: "\(dirs[part]) is not a zelfscan export (its codebook.yaml says otherwise)", nl: "\(dirs[part]) is geen zelfscan-export (volgens zijn codebook.yaml)")
        case .olderFormat(let part, let format):
            message = Phrase(en: "\(dirs[part]) has export format \(format), written by an older zelfscan that did not protect against linkage",
                             nl: "\(dirs[part]) heeft exportformaat \(format), geschreven door een oudere zelfscan die niet beschermde tegen koppeling")
        case .differentQuestionnaire(let part, let found, let expected):
            message = Phrase(en: "\(dirs[part]) holds questionnaire \(found), not \(expected); pass the questionnaire file it was made with as --questionnaire FILE",
                             nl: "\(dirs[part]) bevat vragenlijst \(found), niet \(expected); geef het vragenlijstbestand waarmee ze gemaakt is op met --questionnaire BESTAND")
        case .unreadable(let part, let file):
            message = Phrase(en: "\(dirs[part])/\(file) is missing or not readable CSV", nl: "\(dirs[part])/\(file) ontbreekt of is geen leesbare CSV")
        case .differentColumns(let part, let file):
            message = Phrase(en: "\(dirs[part])/\(file) has other columns than this questionnaire's export", nl: "\(dirs[part])/\(file) heeft andere kolommen dan de export van deze vragenlijst")
        case .sharedCells(let part, let other, let cells):
            message = Phrase(en: "\(dirs[part]) and \(dirs[other]) hold \(cells) of the same cells; pooled, each would count twice toward k",
                             nl: "\(dirs[part]) en \(dirs[other]) bevatten \(cells) dezelfde cellen; gebundeld zou elk twee keer meetellen voor k")
        }
        return CommandFailure(message, hint: hint, exitCode: ExitStatus.invalidData)
    }

    /// The export folder must be new (or an empty folder): an export never lands among other files.
    private func requireNewOut() throws(CommandFailure) {
        if let contents = try? FileManager.default.contentsOfDirectory(atPath: out), !contents.isEmpty {
            throw CommandFailure(Phrase(en: "\(out) already exists and is not empty; an export is never written over other files",
                                        nl: "\(out) bestaat al en is niet leeg; een export wordt nooit over andere bestanden geschreven"),
                                 hint: Phrase(en: "choose a new --out folder", nl: "kies een nieuwe map voor --out"), exitCode: ExitStatus.cannotCreate)
        } else if FileManager.default.fileExists(atPath: out), (try? FileManager.default.contentsOfDirectory(atPath: out)) == nil {
            throw CommandFailure(Phrase(en: "\(out) exists and is not a folder", nl: "\(out) bestaat en is geen map"),
                                 hint: Phrase(en: "choose a new --out folder", nl: "kies een nieuwe map voor --out"), exitCode: ExitStatus.cannotCreate)
        }
    }
}
