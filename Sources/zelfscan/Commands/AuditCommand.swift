import ArgumentParser
import Foundation
import YAML
import ZelfscanCore

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check an export folder without the key: k-anonymity, role groups, and no names, codes, free text or dates.",
        discussion: """
            Reads the CSV files and codebook.csv of EXPORT_DIR and lists every finding
            as FILE:LINE with what to do; the leaked values themselves are never
            printed. Checks are listed in docs/export.md.
            Exit status: 0 no findings, 65 findings, 64 usage, 66 cannot read.
            """
    )

    /// CSV files of an export of all Flemish municipalities over several years reach tens of MB.
    static let maxFileBytes = 1 << 30

    @Argument(help: "The export folder.")
    var folder: String

    @Option(help: "Every combination must cover at least this many municipalities (default: the k the export states, else 5).")
    var k: Int?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard k.map({ (2...1000).contains($0) }) ?? true else { throw ValidationError("--k must be 2 to 1000 — --k moet 2 tot 1000 zijn") }
    }

    func run() throws {
        let language = language.resolved
        try reportingFailures(language: language) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CommandFailure(Phrase(en: "\(folder) is not a folder", nl: "\(folder) is geen map"),
                                     hint: Phrase(en: "pass the folder written by zelfscan export", nl: "geef de map op die zelfscan export schreef"),
                                     exitCode: ExitStatus.cannotRead)
            }
            var files: [String: String] = [:]
            for name in ExportAudit.dataFiles + [ExportAudit.codebookFile] {
                let path = folder + "/" + name
                guard FileManager.default.fileExists(atPath: path) else { continue }
                do {
                    let bytes = try LocalFiles.read(path, maxBytes: Self.maxFileBytes)
                    files[name] = String(decoding: bytes, as: UTF8.self)
                } catch {
                    throw CommandFailure(Phrase(en: "cannot read \(path): \(error)", nl: "kan \(path) niet lezen: \(error)"), exitCode: ExitStatus.cannotRead)
                }
            }
            let stated = (try? LocalFiles.read(folder + "/codebook.yaml"))
                .flatMap { try? ExportPeers.facts(codebookYAML: String(decoding: $0, as: UTF8.self)).k }
            let k = self.k ?? stated.flatMap { $0 >= 2 ? $0 : nil } ?? 5
            let audit = ExportAudit(k: k)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            let findings = audit.unexpectedFiles(names) + audit.findings(files)
            guard findings.isEmpty else {
                AuditReport(findings: findings, language: language).print(folder: folder)
                throw CommandFailure(Phrase(en: "\(findings.count) finding(s): this export must not be shared as it is",
                                            nl: "\(findings.count) bevinding(en): deze export mag niet gedeeld worden zoals hij is"),
                                     hint: Phrase(en: "make the export again with zelfscan export --k \(k) from the workspaces",
                                                  nl: "maak de export opnieuw met zelfscan export --k \(k) vanuit de werkruimtes"),
                                     exitCode: ExitStatus.invalidData)
            }
            let rows = files.filter { ExportAudit.dataFiles.contains($0.key) }.values.reduce(0) { $0 + $1.split(separator: "\r\n").count - 1 }
            Output.out(ExportText(language: language).auditPassed(folder, k: k, rows: rows))
        }
    }
}
