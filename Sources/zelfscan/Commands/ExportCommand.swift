import ArgumentParser
import Foundation
import YAML
import ZelfscanCore

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write an anonymised, k-anonymous export of workspaces for research (CSV, SQLite, codebook, README).",
        discussion: """
            DIR... are workspaces or folders holding them (such as the output of
            zelfscan demo). Municipalities become keyed pseudonyms (make a key once
            with: zelfscan key new FILE); no names, respondent codes, roles, free text,
            comments or dates leave the workspaces. Combinations of Belfius group,
            province, level and year that cover fewer than --k municipalities lose the
            province, then the level, and are otherwise left out; the export's README.md
            says what was done and to how many records. The finished export is audited
            before it is written. Details: docs/export.md.
            Example: zelfscan export demo --key ~/zelfscan.key --out export-2026
            With --merge, DIR... are finished exports made with the same key (equal key
            checks) and the same questionnaire version: they are pooled into one,
            without the key, each round once, with k applied again over the pool.
            Exit status: 0 ok, 64 usage, 65 invalid data, 66 cannot read, 73 cannot
            write.
            """
    )

    @Argument(help: "Workspace folders, or folders holding workspaces (with --merge: export folders).")
    var dirs: [String] = []

    @Option(help: "The key file (made with zelfscan key new FILE); not needed with --merge.")
    var key: String?

    @Flag(help: "Pool finished exports made with the same key into one.")
    var merge = false

    @Option(help: "The export folder to create; it must not exist yet (an empty folder is fine).")
    var out: String

    @Option(help: "Every combination of quasi-identifiers covers at least this many municipalities.")
    var k: Int = 5

    @Option(help: "What to write: csv, sqlite or csv,sqlite.")
    var format: String = "csv,sqlite"

    @Flag(help: "Stop, writing nothing, if any workspace or response file cannot be used (default: report it and go on).")
    var strict = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard !dirs.isEmpty else { throw ValidationError("name at least one workspace folder — noem minstens één werkruimtemap") }
        guard (2...1000).contains(k) else { throw ValidationError("--k must be 2 to 1000 — --k moet 2 tot 1000 zijn") }
        if merge, key != nil { throw ValidationError("--merge pools finished exports and needs no --key — --merge heeft geen --key nodig") }
        if !merge, key == nil { throw ValidationError("--key FILE is required (make one with: zelfscan key new FILE) — --key BESTAND is verplicht") }
        guard formats != nil else { throw ValidationError("--format takes csv, sqlite or csv,sqlite — --format aanvaardt csv, sqlite of csv,sqlite") }
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

    private func export(language: String) async throws(CommandFailure) {
        try requireNewOut()
        if merge {
            try mergeExports(language: language)
            return
        }
        let exportKey = try Self.readKey(key ?? "")
        let loaded = try await CollectedWorkspaces.read(dirs, language: language) { folder, rounds in
            ExportSource(workspace: folder.workspace, responses: rounds.flatMap(\.responses))
        }
        loaded.pool.report(language: language)
        try loaded.pool.requireComplete(strict: strict)
        var export: AnonymisedExport
        do {
            export = try ExportBuilder(questionnaire: loaded.questionnaire, pseudonymiser: Pseudonymiser(key: exportKey), k: k)
                .build(loaded.pool.members.map(\.summary))
        } catch {
            throw CommandFailure(Phrase(en: "cannot score the responses: \(error)", nl: "kan de antwoorden niet scoren: \(error)"),
                                 hint: Phrase(en: "check the named workspace with zelfscan status", nl: "controleer de genoemde werkruimte met zelfscan status"),
                                 exitCode: ExitStatus.invalidData)
        }
        export.summary.otherQuestionnaire += loaded.otherQuestionnaire
        let codebookYAML: String
        do {
            codebookYAML = try export.codebook.yaml(summary: export.summary)
        } catch {
            throw CommandFailure(Phrase(en: "could not write codebook.yaml: \(error)", nl: "kon codebook.yaml niet schrijven: \(error)"), exitCode: ExitStatus.invalidData)
        }
        try write(summary: export.summary, tables: export.allTables, codebookYAML: codebookYAML, language: language)
    }

    /// Writes the export folder (the format-2 self-audit went with the format-2 audit).
    private func write(summary: ExportSummary, tables: [ExportTable], codebookYAML: String, language: String) throws(CommandFailure) {
        let csv = Dictionary(uniqueKeysWithValues: tables.map { ($0.name + ".csv", CSVFormat.text($0)) })
        try ExportFolderWriter.write(summary: summary, tables: tables, codebookYAML: codebookYAML, formats: formats ?? [.csv, .sqlite],
                                     csv: csv, to: out, language: language)
        Output.out(ExportText(language: language).done(summary, out: out))
    }

    private func mergeExports(language: String) throws(CommandFailure) {
        var parts: [ExportMerge.Part] = []
        for dir in dirs {
            let codebook = String(decoding: try WorkspaceFolder.readBytes(dir + "/codebook.yaml"), as: UTF8.self)
            var files: [String: String] = [:]
            for name in ["responses_long.csv", "responses_wide.csv", "scores.csv", "codebook.csv"] where FileManager.default.fileExists(atPath: dir + "/" + name) {
                do {
                    files[name] = String(decoding: try LocalFiles.read(dir + "/" + name, maxBytes: AuditCommand.maxFileBytes), as: UTF8.self)
                } catch {
                    throw CommandFailure(Phrase(en: "cannot read \(dir)/\(name): \(error)", nl: "kan \(dir)/\(name) niet lezen: \(error)"), exitCode: ExitStatus.cannotRead)
                }
            }
            parts.append(ExportMerge.Part(codebookYAML: codebook, files: files))
        }
        let pooled: ExportMerge.Result
        do {
            pooled = try ExportMerge.merge(parts, k: k)
        } catch {
            throw Self.mergeFailure(error, dirs: dirs)
        }
        try write(summary: pooled.summary, tables: pooled.tables, codebookYAML: pooled.codebookYAML, language: language)
    }

    static func mergeFailure(_ error: ExportMerge.Failure, dirs: [String]) -> CommandFailure {
        let hint = Phrase(en: "pool only folders written by zelfscan export with the same key and questionnaire version (see KEY CHECK in their README)",
                          nl: "bundel alleen mappen die zelfscan export schreef met dezelfde sleutel en vragenlijstversie (zie de sleutelcontrole in hun README)")
        let message: Phrase
        switch error {
        case .notAnExport(let part):
            message = Phrase(en: "\(dirs[part]) is not a zelfscan export (its codebook.yaml says otherwise)", nl: "\(dirs[part]) is geen zelfscan-export (volgens zijn codebook.yaml)")
        case .differentKeys(let part):
            message = Phrase(en: "\(dirs[part]) was made with another key than \(dirs[0]): its pseudonyms cannot be pooled",
                             nl: "\(dirs[part]) is gemaakt met een andere sleutel dan \(dirs[0]): de pseudoniemen kunnen niet gebundeld worden")
        case .differentQuestionnaire(let part, let found, let expected):
            message = Phrase(en: "\(dirs[part]) holds questionnaire \(found), \(dirs[0]) holds \(expected)",
                             nl: "\(dirs[part]) bevat vragenlijst \(found), \(dirs[0]) bevat \(expected)")
        case .unreadable(let part, let file):
            message = Phrase(en: "\(dirs[part])/\(file) is missing or not readable CSV", nl: "\(dirs[part])/\(file) ontbreekt of is geen leesbare CSV")
        case .differentColumns(let part, let file):
            message = Phrase(en: "\(dirs[part])/\(file) has other columns than in \(dirs[0])", nl: "\(dirs[part])/\(file) heeft andere kolommen dan in \(dirs[0])")
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

    /// The key file's content as a key; fails with a message saying how to make one.
    static func readKey(_ path: String) throws(CommandFailure) -> ExportKey {
        let bytes = try WorkspaceFolder.readBytes(path)
        do {
            return try ExportKey(text: String(decoding: bytes, as: UTF8.self))
        } catch {
            throw CommandFailure(Phrase(en: "\(path) is not a zelfscan key: expected 64 hexadecimal digits",
                                        nl: "\(path) is geen zelfscan-sleutel: verwacht 64 hexadecimale cijfers"),
                                 hint: Phrase(en: "make a key with: zelfscan key new FILE (and keep using it, so pseudonyms stay the same)",
                                              nl: "maak een sleutel met: zelfscan key new BESTAND (en blijf die gebruiken, zodat de pseudoniemen gelijk blijven)"),
                                 exitCode: ExitStatus.invalidData)
        }
    }
}
