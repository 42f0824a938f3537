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
        let export = try await ExportPlanning.plan(dirs, k: k, memberToken: memberToken, strict: strictness.strict, out: out, language: language)
        try ExportRelease.requireReleasable(export.summary)
        let ledger = try LedgerFile.open(keyPath: keyPath)
        defer { ledger.close() }
        let entry = ReleaseLedger.Entry(released: ReleaseLedger.releaseDay(Date()), k: export.summary.k, classes: export.classes)
        try ledger.check(entry, k: export.summary.k)
        try ExportRelease.write(export, formats: formats ?? [.csv, .sqlite], to: out, createdYear: Self.currentYear, language: language)
        Output.out(ExportText(language: language).done(export.summary, out: out))
        try ledger.append(entry)
    }

    /// Pools finished exports (ExportMergeService): each is audited first, so a tampered part is never carried into the pool.
    private func mergeExports(language: Language) throws(CommandFailure) {
        var random = SystemRandomNumberGenerator()
        let summary = try ExportMergeService(parts: dirs, k: k, questionnaireFile: questionnaire, language: language)
            .merge(to: out, formats: formats ?? [.csv, .sqlite], createdYear: Self.currentYear, random: &random)
        Output.out(ExportText(language: language).done(summary, out: out))
    }

    private static var currentYear: Int { Calendar(identifier: .gregorian).component(.year, from: Date()) }

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
