import Foundation
import ZelfscanCore
import ZelfscanFiles

/// The cells of a folder of workspaces, as peers for benchmarks. Workspaces and files that
/// cannot be used are reported, not fatal: one broken folder must not hide a hundred good ones.
public struct PeerPool {
    public var entries: [PeerEntry] = []
    public var problems: [WorkspacePool<[PeerEntry]>.Problem] = []
    /// True when the entries come from an export's cell panel, where the cell itself has no name.
    public var fromExport = false

    /// Workspaces in `folder` and its subfolders (two levels), of the same questionnaire id and
    /// version (others are left out). Peers are compared in one year only, so only that round of
    /// each workspace is read: a tenth of a ten-year pool. An export folder (recognised by its
    /// codebook.yaml) gives its cell scores instead.
    public static func load(_ folder: String, questionnaire: Questionnaire, sha256: String? = nil, year: Int,
                            language: Language) async throws(CommandFailure) -> PeerPool {
        try WorkspaceCollection.requireFolder(folder, role: Phrase(en: "the peer folder", nl: "de map met vergelijkingscellen"))
        if FileManager.default.fileExists(atPath: folder + "/codebook.yaml") {
            return try loadExport(folder, questionnaire: questionnaire)
        }
        let found = WorkspaceCollection.scan([folder])
        let pool = await WorkspacePool.read(found.roots, expected: (questionnaire.id, questionnaire.version),
                                            file: sha256.map { WorkspacePool<[PeerEntry]>.ComparedFile(questionnaire, sha256: $0) }, rounds: .only(year), language: language,
                                            progressLabel: Phrase(en: "reading peer workspaces", nl: "vergelijkingscellen lezen")) { folder, rounds throws(CommandFailure) in
            let cells = try CellAggregator(questionnaire: folder.questionnaire, itemDistributions: false).cellRounds(rounds.flatMap(\.responses), library: folder.library)
            return cells.map { PeerEntry(cell: $0, workspace: folder.workspace) }
        }
        return PeerPool(entries: pool.members.flatMap(\.summary),
                        problems: found.unreadable.map { .init(path: $0.path, reason: $0.reason) } + pool.problems)
    }

    /// A cell panel of all Flanders over decades is far below this; a larger file is not an export.
    public static let maxCellsBytes = 256 * 1024 * 1024

    /// Cell scores of an anonymised export, matched on questionnaire id and version.
    private static func loadExport(_ folder: String, questionnaire: Questionnaire) throws(CommandFailure) -> PeerPool {
        let codebook = String(decoding: try WorkspaceFolder.readBytes(folder + "/codebook.yaml"), as: UTF8.self)
        let cellsPath = folder + "/cells.csv"
        let cells: String
        do {
            _ = try ExportPeers.facts(codebookYAML: codebook)
        } catch {
            throw CommandFailure(Phrase(en: "\(folder)/codebook.yaml does not describe a zelfscan export", nl: "\(folder)/codebook.yaml beschrijft geen zelfscan-export"),
                                 hint: Phrase(en: "pass a folder written by zelfscan export, or a folder of workspaces",
                                              nl: "geef een map op die zelfscan export schreef, of een map met werkruimtes"),
                                 exitCode: ExitStatus.invalidData)
        }
        do {
            cells = String(decoding: try LocalFiles.read(cellsPath, maxBytes: Self.maxCellsBytes), as: UTF8.self)
        } catch {
            throw CommandFailure(Phrase(en: "cannot read \(cellsPath): the peer export needs its CSV files",
                                        nl: "kan \(cellsPath) niet lezen: de export met vergelijkingscellen heeft zijn CSV-bestanden nodig"),
                                 hint: Phrase(en: "export with --format csv or csv,sqlite", nl: "exporteer met --format csv of csv,sqlite"),
                                 exitCode: ExitStatus.cannotRead)
        }
        do {
            return PeerPool(entries: try ExportPeers.entries(codebookYAML: codebook, cellsCSV: cells, questionnaire: questionnaire), fromExport: true)
        } catch {
            let reason: Phrase
            switch error {
            case .notAnExport:
                reason = Phrase(en: "\(folder)/codebook.yaml does not describe a zelfscan export", nl: "\(folder)/codebook.yaml beschrijft geen zelfscan-export")
            case .otherQuestionnaire(let found):
                reason = Phrase(en: "the export in \(folder) holds questionnaire \(found), not \(questionnaire.id) \(questionnaire.version); peers are only compared on the same version",
                                nl: "de export in \(folder) bevat vragenlijst \(found), niet \(questionnaire.id) \(questionnaire.version); vergelijken kan alleen met dezelfde versie")
            case .olderFormat(let format):
                reason = Phrase(en: "the export in \(folder) has format \(format), written by an older zelfscan that did not protect against linkage",
                                nl: "de export in \(folder) heeft formaat \(format), geschreven door een oudere zelfscan die niet beschermde tegen koppeling")
            case .unreadableCells:
                reason = Phrase(en: "\(cellsPath) lacks the columns of a zelfscan export", nl: "\(cellsPath) mist de kolommen van een zelfscan-export")
            }
            throw CommandFailure(reason, hint: Phrase(en: "pass a folder written by zelfscan export, or a folder of workspaces",
                                                      nl: "geef een map op die zelfscan export schreef, of een map met werkruimtes"),
                                 exitCode: ExitStatus.invalidData)
        }
    }
}
