import ArgumentParser
import Foundation
import YAML
import ZelfscanCore
import ZelfscanServices

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check an export folder without the key, as a data-protection officer would before approving it.",
        discussion: """
            Reads every file of EXPORT_DIR (export format 3, docs/export-format.md) and lists
            every finding as FILE:LINE with what to do; the leaked values themselves are never
            printed. k is the largest of 5, --k and the k the export states.
            Exit status: 0 no findings, 65 findings, 64 usage, 66 cannot read.
            """
    )

    @Argument(help: "The export folder.")
    var folder: String

    @Option(help: "Hold the export to at least this k (never below 5, never below the k it states).")
    var k: Int?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard k.map({ (1...1000).contains($0) }) ?? true else { throw ValidationError(Phrase(en: "--k must be 1 to 1000", nl: "--k moet 1 tot 1000 zijn")) }
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
            let result: AuditResult
            do {
                result = try ExportAudit(minimumK: k ?? ExportAudit.floorK).audit(AuditFolder(path: folder))
            } catch {
                throw CommandFailure(Phrase(en: "cannot read the folder \(folder): \(error)", nl: "kan de map \(folder) niet lezen: \(error)"),
                                     hint: Phrase(en: "check that you may read it", nl: "controleer of u ze mag lezen"),
                                     exitCode: ExitStatus.cannotRead)
            }
            let rows = result.rowsRead.values.reduce(0, +)
            Output.out(ExportText(language: language).auditSummary(folder, files: result.filesChecked, rows: rows, k: result.k))
            guard result.isClean else {
                AuditReport(findings: result.findings, language: language).print(folder: folder)
                throw CommandFailure(Phrase(en: "\(result.findings.count) finding(s): this export must not be shared as it is",
                                            nl: "\(result.findings.count) bevinding(en): deze export mag niet gedeeld worden zoals hij is"),
                                     hint: Phrase(en: "make the export again with zelfscan export --k \(result.k) from the workspaces",
                                                  nl: "maak de export opnieuw met zelfscan export --k \(result.k) vanuit de werkruimtes"),
                                     exitCode: ExitStatus.invalidData)
            }
        }
    }
}
