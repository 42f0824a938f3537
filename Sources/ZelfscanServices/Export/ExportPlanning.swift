import Foundation
import ZelfscanCore
import ZelfscanFiles

/// Reads a pool of workspaces and decides its export. Each workspace is summarised where it is
/// read and its responses forgotten; the rounds' item-row codes and answer counts go to a
/// scratch file; and once the plan is made, only the plan is kept: so the export's memory does
/// not grow with the pool (docs/performance.md).
public enum ExportPlanning {
    /// The plan of the export of the workspaces in `dirs`, its `items` rows read from `scratch`.
    /// Problems with workspaces are printed as they are met; with `strict` any stops the export.
    public static func plan(_ dirs: [String], k: Int, memberToken: @escaping @Sendable (String) -> String, strict: Bool,
                            scratch: ScratchFile, language: Language) async throws(CommandFailure) -> ExportPlan {
        let export = try await readAndPlan(dirs, k: k, memberToken: memberToken, strict: strict, scratch: scratch, language: language)
        // What was read is gone now; the writing that follows starts from the plan alone.
        HeapMemory.returnFreed()
        return export
    }

    private static func readAndPlan(_ dirs: [String], k: Int, memberToken: @escaping @Sendable (String) -> String, strict: Bool,
                                    scratch: ScratchFile, language: Language) async throws(CommandFailure) -> ExportPlan {
        let failed = Phrase(en: "the export's scratch file could not be written", nl: "het kladbestand van de export kon niet geschreven worden")
        // A broken plan file is kept as its failure and stops the export once the pool is read.
        let loaded = try await CollectedWorkspaces.read(dirs, language: language) { folder, rounds in
            Result { () throws(CommandFailure) in
                var contribution = ExportBuilder(questionnaire: folder.questionnaire, k: k, memberToken: memberToken)
                    .contribution(try folder.exportSource(rounds: rounds))
                do {
                    try contribution.move(to: scratch)
                } catch {
                    throw CommandFailure.outOfSpace(error, failed: failed, kept: nil)
                        ?? CommandFailure(Phrase(en: "\(failed.en): \(error)", nl: "\(failed.nl): \(error)"), exitCode: ExitStatus.cannotCreate)
                }
                return contribution
            }
        }
        loaded.pool.report(language: language)
        var contributions: [ExportContribution] = []
        for member in loaded.pool.members { contributions.append(try member.summary.get()) }
        try loaded.pool.requireComplete(strict: strict)
        var random = SystemRandomNumberGenerator()
        var export: ExportPlan
        do {
            export = try ExportBuilder(questionnaire: loaded.questionnaire, k: k, memberToken: memberToken)
                .plan(contributions, random: &random, scratch: scratch)
        } catch {
            switch error {
            case .scoring(let error):
                throw CommandFailure(Phrase(en: "cannot score the responses: \(error)", nl: "kan de antwoorden niet scoren: \(error)"),
                                     hint: Phrase(en: "check the named workspace with zelfscan status", nl: "controleer de genoemde werkruimte met zelfscan status"),
                                     exitCode: ExitStatus.invalidData)
            case .scratch(let error):
                throw CommandFailure(Phrase(en: "the export's scratch file could not be read back: \(error)", nl: "het kladbestand van de export kon niet teruggelezen worden: \(error)"),
                                     hint: Phrase(en: "check the disk of the --out folder and try again", nl: "controleer de schijf van de map van --out en probeer opnieuw"),
                                     exitCode: ExitStatus.cannotCreate)
            }
        }
        export.summary.otherQuestionnaire += loaded.otherQuestionnaire
        return export
    }

    /// The scratch file of an export to `out`: in the nearest existing folder above it, on the
    /// disk the export is written to.
    public static func scratch(for out: String) throws(CommandFailure) -> ScratchFile {
        var folder = parentFolder(of: out)
        while !FileManager.default.fileExists(atPath: folder), folder != "/", folder != "." { folder = parentFolder(of: folder) }
        do {
            return try ScratchFile(in: folder)
        } catch {
            let failed = Phrase(en: "no scratch file could be made in \(folder)", nl: "er kon geen kladbestand gemaakt worden in \(folder)")
            throw CommandFailure.outOfSpace(error, failed: failed, kept: nil)
                ?? CommandFailure(Phrase(en: "\(failed.en): \(error)", nl: "\(failed.nl): \(error)"),
                                  hint: Phrase(en: "check that the folder above --out is writable", nl: "kijk na of de map boven --out beschrijfbaar is"),
                                  exitCode: ExitStatus.cannotCreate)
        }
    }
}
