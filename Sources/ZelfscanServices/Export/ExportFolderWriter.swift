import Foundation
import YAML
import ZelfscanCore
import ZelfscanFiles

/// Writes an export folder all at once: every file goes into a hidden folder beside the target,
/// which is audited there and renamed into place only when complete and clean, so a reader never
/// finds half an export, and never one that fails its own audit.
public enum ExportFolderWriter {
    public enum Format: String, CaseIterable {
        case csv
        case sqlite
    }

    public static let sqliteFile = "zelfscan.sqlite"
    public static let readmeFile = "README.md"
    public static let manifestFile = "MANIFEST.sha256"
    public static let codebookYAMLFile = "codebook.yaml"

    /// The files `formats` produce, in README order.
    public static func files(_ formats: Set<Format>) -> [String] {
        var files = [readmeFile, manifestFile, codebookYAMLFile, ReleaseColumns.codebookFile + ".csv"]
        if formats.contains(.csv) { files += ReleaseColumns.dataFiles.map { $0 + ".csv" } }
        if formats.contains(.sqlite) { files.append(sqliteFile) }
        return files
    }

    /// `tables` are the data tables and the codebook table, as written to CSV and SQLite; their
    /// rows go to both as they are made, so memory does not grow with the export. `audit` runs
    /// on the finished hidden folder before it is renamed into place; it throws to stop the
    /// export. On any failure the hidden folder is removed and `out` is left as it was.
    public static func write(summary: ExportSummary, tables: [ExportTableSource], codebookYAML: String, formats: Set<Format>,
                             to out: String, language: Language, audit: (String) throws(CommandFailure) -> Void) throws(CommandFailure) {
        let target = URL(fileURLWithPath: out)
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(getpid())").path
        let fileManager = FileManager.default
        do {
            try? fileManager.removeItem(atPath: staging)
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            var digests: [(name: String, sha256: String)] = []
            for (name, text) in [(readmeFile, ExportReadme(summary: summary, language: language, files: files(formats)).text),
                                 (codebookYAMLFile, codebookYAML)] {
                let file = try ExportFile(path: staging + "/" + name)
                try file.write(text)
                digests.append((name, try file.finish()))
            }
            // SQLite is written on a second thread, making the rows a second time, while the CSV
            // files are written here: the two writes take about as long as each other.
            let database = formats.contains(.sqlite)
                ? BackgroundWrite(tables: tables, database: try SQLiteWriter(path: staging + "/" + sqliteFile), info: info(summary))
                : nil
            do {
                for table in tables {
                    let name = table.name + ".csv"
                    guard table.name == ReleaseColumns.codebookFile || formats.contains(.csv) else { continue }
                    let csv = try ExportFile(path: staging + "/" + name)
                    try csv.write(table.columns.map { CSVFormat.field($0.name) }.joined(separator: ",") + "\r\n")
                    try table.forEachRow { try csv.write(record: $0) }
                    digests.append((name, try csv.finish()))
                }
            } catch {
                database?.stop()
                _ = try? database?.wait()
                throw error
            }
            if let database {
                try database.wait()
                digests.append((sqliteFile, try ExportFile.digestAndSync(staging + "/" + sqliteFile)))
            }
            let manifest = try ExportFile(path: staging + "/" + manifestFile)
            try manifest.write(digests.sorted { $0.name < $1.name }.map { $0.sha256 + "  " + $0.name + "\n" }.joined())
            _ = try manifest.finish()
            ExportFile.syncFolder(staging)
        } catch {
            try? fileManager.removeItem(atPath: staging)
            throw failure(error, out: out)
        }
        do {
            try audit(staging)
        } catch {
            try? fileManager.removeItem(atPath: staging)
            throw error
        }
        // rename(2) replaces an empty folder at `out` in the same step.
        guard rename(staging, out) == 0 else {
            let error = AtomicFile.WriteError(path: out, operation: "rename", code: errno)
            try? fileManager.removeItem(atPath: staging)
            throw failure(error, out: out)
        }
        ExportFile.syncFolder(target.deletingLastPathComponent().path)
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
        case let error as ScratchFile.Failure: reason = error.message
        case let error as SQLiteWriter.Failure: reason = Phrase(en: "SQLite: \(error.message)", nl: "SQLite: \(error.message)")
        default: reason = Phrase(en: "\(error)", nl: "\(error)")
        }
        return CommandFailure(Phrase(en: "could not write the export to \(out): \(reason.en)", nl: "kon de export niet schrijven naar \(out): \(reason.nl)"),
                              hint: Phrase(en: "check that the folder above \(out) is writable; \(kept.en)",
                                           nl: "kijk na of de map boven \(out) beschrijfbaar is; \(kept.nl)"),
                              exitCode: ExitStatus.cannotCreate)
    }

    /// Rows of the SQLite `export_info` table: the facts of codebook.yaml's `export:`.
    public static func info(_ summary: ExportSummary) -> [(String, String)] {
        [("kind", ExportCodebook.kind), ("format", String(ExportCodebook.format)), ("synthetic", summary.synthetic ? "1" : "0"),
         ("tool_version", ToolVersion.current), ("questionnaire_id", summary.questionnaireID),
         ("questionnaire_version", summary.questionnaireVersion), ("scoring_rules_version", summary.scoringRulesVersion),
         ("k", String(summary.k)), ("years", summary.years.map(String.init).joined(separator: " ")),
         ("smallest_class", String(summary.smallestClass)), ("singled_out", String(summary.linkage.singledOut)),
         ("smallest_candidate_set", String(summary.linkage.smallestCandidateSet)), ("merged_exports", String(summary.mergedExports))]
    }
}

/// The SQLite half of an export's writing, on its own thread. The tables' rows are made from
/// immutable plans, so making them on two threads at once is safe.
private final class BackgroundWrite: @unchecked Sendable {
    private struct Stopped: Error {}

    private let done = DispatchSemaphore(value: 0)
    private let stopLock = NSLock()
    private var stopped = false
    private var outcome: Result<Void, any Error> = .success(())

    init(tables: [ExportTableSource], database: SQLiteWriter, info: [(String, String)]) {
        nonisolated(unsafe) let tables = tables
        nonisolated(unsafe) let database = database
        Thread.detachNewThread { [self] in
            defer { done.signal() }
            outcome = Result {
                for table in tables {
                    try database.begin(table.name, columns: table.columns)
                    var count = 0
                    try table.forEachRow { row in
                        count += 1
                        if count & 4095 == 0, isStopped { throw Stopped() }
                        try database.insert(row)
                    }
                }
                try database.finish(info: info)
            }
        }
    }

    private var isStopped: Bool { stopLock.withLock { stopped } }

    /// Asks the thread to give up: the CSV half failed and the folder will be removed.
    func stop() { stopLock.withLock { stopped = true } }

    /// Waits for the database to be written and closed; rethrows what stopped it.
    func wait() throws {
        done.wait()
        done.signal()
        try outcome.get()
    }
}
