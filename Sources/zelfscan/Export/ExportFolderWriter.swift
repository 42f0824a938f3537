import Foundation
import YAML
import ZelfscanCore

/// Writes an export folder all at once: every file goes into a hidden folder beside the target,
/// which is renamed into place only when complete, so a reader never finds half an export.
enum ExportFolderWriter {
    enum Format: String, CaseIterable {
        case csv
        case sqlite
    }

    static let sqliteFile = "zelfscan.sqlite"
    static let readmeFile = "README.md"

    /// The files `formats` produce, in README order.
    static func files(_ formats: Set<Format>) -> [String] {
        var files = [readmeFile, "codebook.yaml"]
        if formats.contains(.csv) { files += ["responses_long.csv", "responses_wide.csv", "scores.csv", "codebook.csv"] }
        if formats.contains(.sqlite) { files.append(sqliteFile) }
        return files
    }

    /// `tables` are the data tables and the codebook table, as written to CSV and SQLite.
    static func write(summary: ExportSummary, tables: [ExportTable], codebookYAML: String, formats: Set<Format>,
                      csv: [String: String], to out: String, language: String) throws(CommandFailure) {
        let target = URL(fileURLWithPath: out)
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(getpid())").path
        let fileManager = FileManager.default
        do {
            try? fileManager.removeItem(atPath: staging)
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            let names = files(formats)
            try AtomicFile.write(ExportReadme(summary: summary, language: language, files: names).text, to: staging + "/" + readmeFile, mode: 0o644)
            try AtomicFile.write(codebookYAML, to: staging + "/codebook.yaml", mode: 0o644)
            if formats.contains(.csv) {
                for (name, text) in csv.sorted(by: { $0.key < $1.key }) {
                    try AtomicFile.write(text, to: staging + "/" + name, mode: 0o644)
                }
            }
            if formats.contains(.sqlite) {
                try SQLiteWriter.write(tables, info: info(summary), to: staging + "/" + sqliteFile)
            }
            if let existing = try? fileManager.contentsOfDirectory(atPath: out), existing.isEmpty { try fileManager.removeItem(atPath: out) }
            guard rename(staging, out) == 0 else { throw AtomicFile.WriteError(path: out, operation: "rename", code: errno) }
        } catch {
            try? fileManager.removeItem(atPath: staging)
            let reason: Phrase
            switch error {
            case let error as AtomicFile.WriteError: reason = Phrase(en: error.text.en, nl: error.text.nl)
            case let error as SQLiteWriter.Failure: reason = Phrase(en: "SQLite: \(error.message)", nl: "SQLite: \(error.message)")
            default: reason = Phrase(en: "\(error)", nl: "\(error)")
            }
            throw CommandFailure(Phrase(en: "could not write the export to \(out): \(reason.en)", nl: "kon de export niet schrijven naar \(out): \(reason.nl)"),
                                 hint: Phrase(en: "check that the disk is not full and the folder above \(out) is writable",
                                              nl: "kijk na of de schijf niet vol is en de map boven \(out) beschrijfbaar is"),
                                 exitCode: ExitStatus.cannotCreate)
        }
    }

    /// Rows of the SQLite `export_info` table: the facts of codebook.yaml's `export:`.
    static func info(_ summary: ExportSummary) -> [(String, String)] {
        [("kind", ExportCodebook.kind), ("synthetic", summary.synthetic ? "true" : "false"),
         ("questionnaire_id", summary.questionnaireID), ("questionnaire_version", summary.questionnaireVersion),
         ("scoring_rules_version", summary.scoringRulesVersion), ("k", String(summary.k)), ("key_check", summary.keyCheck),
         ("years", summary.years.map(String.init).joined(separator: " ")), ("merged_exports", String(summary.mergedExports))]
    }
}
