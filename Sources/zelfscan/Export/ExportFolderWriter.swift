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

    /// `tables` are the data tables and the codebook table, as written to CSV and SQLite. On any
    /// failure the hidden folder is removed and `out` is left as it was: never half an export.
    static func write(summary: ExportSummary, tables: [ExportTable], codebookYAML: String, formats: Set<Format>,
                      csv: [String: String], to out: String, language: String) throws(CommandFailure) {
        let target = URL(fileURLWithPath: out)
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(getpid())").path
        let fileManager = FileManager.default
        do {
            try? fileManager.removeItem(atPath: staging)
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            let names = files(formats)
            var items = [AtomicFile.Item(path: staging + "/" + readmeFile, text: ExportReadme(summary: summary, language: language, files: names).text, mode: 0o644),
                         AtomicFile.Item(path: staging + "/codebook.yaml", text: codebookYAML, mode: 0o644)]
            if formats.contains(.csv) {
                items += csv.sorted(by: { $0.key < $1.key }).map { AtomicFile.Item(path: staging + "/" + $0.key, text: $0.value, mode: 0o644) }
            }
            if formats.contains(.sqlite) {
                items.append(AtomicFile.Item(path: staging + "/" + sqliteFile, bytes: try SQLiteWriter.database(tables, info: info(summary)), mode: 0o644))
            }
            try AtomicFile.write(items)
            // rename(2) replaces an empty folder at `out` in the same step.
            guard rename(staging, out) == 0 else { throw AtomicFile.WriteError(path: out, operation: "rename", code: errno) }
        } catch {
            try? fileManager.removeItem(atPath: staging)
            throw failure(error, out: out)
        }
    }

    /// A full disk in the words every command uses for it; anything else with its cause.
    private static func failure(_ error: any Error, out: String) -> CommandFailure {
        let kept = Phrase(en: "no export was written: \(out) is as it was, and the unfinished copy was removed",
                          nl: "er is geen export geschreven: \(out) is zoals het was, en de onvolledige kopie is verwijderd")
        if let full = CommandFailure.outOfSpace(error, failed: Phrase(en: "the export to \(out) could not be written", nl: "de export naar \(out) kon niet geschreven worden"),
                                                kept: kept) {
            return full
        }
        let reason: Phrase
        switch error {
        case let error as AtomicFile.WriteError: reason = error.message
        case let error as SQLiteWriter.Failure: reason = Phrase(en: "SQLite: \(error.message)", nl: "SQLite: \(error.message)")
        default: reason = Phrase(en: "\(error)", nl: "\(error)")
        }
        return CommandFailure(Phrase(en: "could not write the export to \(out): \(reason.en)", nl: "kon de export niet schrijven naar \(out): \(reason.nl)"),
                              hint: Phrase(en: "check that the folder above \(out) is writable; \(kept.en)",
                                           nl: "kijk na of de map boven \(out) beschrijfbaar is; \(kept.nl)"),
                              exitCode: ExitStatus.cannotCreate)
    }

    /// Rows of the SQLite `export_info` table: the facts of codebook.yaml's `export:`.
    static func info(_ summary: ExportSummary) -> [(String, String)] {
        [("kind", ExportCodebook.kind), ("synthetic", summary.synthetic ? "true" : "false"),
         ("questionnaire_id", summary.questionnaireID), ("questionnaire_version", summary.questionnaireVersion),
         ("scoring_rules_version", summary.scoringRulesVersion), ("k", String(summary.k)), ("key_check", summary.keyCheck),
         ("years", summary.years.map(String.init).joined(separator: " ")), ("merged_exports", String(summary.mergedExports))]
    }
}
