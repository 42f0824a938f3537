import ArgumentParser
import Foundation
import YAML
import ZelfscanCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write an anonymised, k-anonymous export of workspaces for research (CSV, SQLite, codebook, README).",
        discussion: """
            DIR... are workspaces or folders holding them (such as the output of zelfscan demo).
            Municipalities become keyed pseudonyms (make a key once with: zelfscan key new FILE);
            no names, respondent codes, roles, free text, comments or dates leave the workspaces.
            Combinations of Belfius group, province, level and year that cover fewer than --k
            municipalities lose the province, then the level, and are otherwise left out; the
            export's README.md says what was done and to how many records. The finished export is
            audited before it is written. Details: docs/export.md.
            Example: zelfscan export demo --key ~/zelfscan.key --out export-2026
            Exit status: 0 ok, 64 usage, 65 invalid data, 66 cannot read, 73 cannot write.
            """
    )

    @Argument(help: "Workspace folders, or folders holding workspaces.")
    var dirs: [String] = []

    @Option(help: "The key file (made with zelfscan key new FILE).")
    var key: String

    @Option(help: "The export folder to create; it must not exist yet (an empty folder is fine).")
    var out: String

    @Option(help: "Every combination of quasi-identifiers covers at least this many municipalities.")
    var k: Int = 5

    @Option(help: "What to write: csv, sqlite or csv,sqlite.")
    var format: String = "csv,sqlite"

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard !dirs.isEmpty else { throw ValidationError("name at least one workspace folder — noem minstens één werkruimtemap") }
        guard (2...1000).contains(k) else { throw ValidationError("--k must be 2 to 1000 — --k moet 2 tot 1000 zijn") }
        guard formats != nil else { throw ValidationError("--format takes csv, sqlite or csv,sqlite — --format aanvaardt csv, sqlite of csv,sqlite") }
    }

    private var formats: Set<ExportFolderWriter.Format>? {
        let parts = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let parsed = parts.compactMap(ExportFolderWriter.Format.init(rawValue:))
        return parsed.count == parts.count && !parsed.isEmpty ? Set(parsed) : nil
    }

    func run() throws {
        let language = language.resolved
        try reportingFailures(language: language) { try export(language: language) }
    }

    private func export(language: String) throws(CommandFailure) {
        let exportKey = try Self.readKey(key)
        if let contents = try? FileManager.default.contentsOfDirectory(atPath: out), !contents.isEmpty {
            throw CommandFailure(Phrase(en: "\(out) already exists and is not empty; an export is never written over other files",
                                        nl: "\(out) bestaat al en is niet leeg; een export wordt nooit over andere bestanden geschreven"),
                                 hint: Phrase(en: "choose a new --out folder", nl: "kies een nieuwe map voor --out"), exitCode: ExitStatus.cannotCreate)
        } else if FileManager.default.fileExists(atPath: out), (try? FileManager.default.contentsOfDirectory(atPath: out)) == nil {
            throw CommandFailure(Phrase(en: "\(out) exists and is not a folder", nl: "\(out) bestaat en is geen map"),
                                 hint: Phrase(en: "choose a new --out folder", nl: "kies een nieuwe map voor --out"), exitCode: ExitStatus.cannotCreate)
        }
        let loaded = try ExportSources.load(dirs, language: language)
        for skipped in loaded.skipped { Output.error("\(skipped.path): \(skipped.reason)\n") }
        let export: AnonymisedExport
        do {
            export = try ExportBuilder(questionnaire: loaded.questionnaire, pseudonymiser: Pseudonymiser(key: exportKey), k: k).build(loaded.sources)
        } catch {
            throw CommandFailure(Phrase(en: "cannot score the responses: \(error)", nl: "kan de antwoorden niet scoren: \(error)"),
                                 hint: Phrase(en: "check the named workspace with zelfscan status", nl: "controleer de genoemde werkruimte met zelfscan status"),
                                 exitCode: ExitStatus.invalidData)
        }
        let csv = Dictionary(uniqueKeysWithValues: export.allTables.map { ($0.name + ".csv", CSVFormat.text($0)) })
        let findings = ExportAudit(k: k).findings(csv)
        guard findings.isEmpty else {
            AuditReport(findings: findings, language: language).print(folder: out)
            throw CommandFailure(Phrase(en: "the export failed its own audit and was not written", nl: "de export haalde zijn eigen controle niet en werd niet geschreven"),
                                 hint: Phrase(en: "this is a bug in zelfscan: please report it with the findings above (they hold no names)",
                                              nl: "dit is een fout in zelfscan: meld ze met de bevindingen hierboven (die bevatten geen namen)"),
                                 exitCode: ExitStatus.invalidData)
        }
        try ExportFolderWriter.write(export, formats: formats ?? [.csv, .sqlite], csv: csv, to: out, language: language)
        Output.out(ExportText(language: language).done(export.summary, out: out))
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
