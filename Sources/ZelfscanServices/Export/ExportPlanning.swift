import Foundation
import ZelfscanCore
import ZelfscanFiles

/// Reads a pool of workspaces and decides its export. Each workspace is summarised where it is
/// read and its responses forgotten; the rounds' item-row codes and answer counts go to a
/// scratch file; and once the plan is made, only the plan is kept: so the export's memory does
/// not grow with the pool (docs/performance.md).
public enum ExportPlanning {
    /// The plan of the export of the workspaces in `dirs` to `out`, its `items` rows read from a
    /// scratch file beside `out`. Problems with workspaces are printed as they are met; with
    /// `strict` any stops the export.
    public static func plan(_ dirs: [String], k: Int, memberToken: @escaping @Sendable (String) -> String, strict: Bool,
                            out: String, language: Language) async throws(CommandFailure) -> ExportPlan {
        let export = try await readAndPlan(dirs, k: k, memberToken: memberToken, strict: strict, scratch: try scratch(for: out),
                                           out: out, language: language)
        // What was read is gone now; the writing that follows starts from the plan alone.
        HeapMemory.returnFreed()
        return export
    }

    private static func readAndPlan(_ dirs: [String], k: Int, memberToken: @escaping @Sendable (String) -> String, strict: Bool,
                                    scratch: ScratchFile, out: String, language: Language) async throws(CommandFailure) -> ExportPlan {
        // A broken plan file is kept as its failure and stops the export once the pool is read.
        let loaded = try await CollectedWorkspaces.read(dirs, language: language) { folder, rounds in
            Result { () throws(CommandFailure) in
                var contribution = ExportBuilder(questionnaire: folder.questionnaire, k: k, memberToken: memberToken)
                    .contribution(try folder.exportSource(rounds: rounds))
                do {
                    try contribution.move(to: scratch)
                } catch {
                    throw scratchFailure(error, out: out)
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
                throw scratchFailure(error, out: out)
            }
        }
        export.summary.otherQuestionnaire += loaded.otherQuestionnaire
        return export
    }

    /// The scratch file of an export to `out`: in the nearest existing folder above it, on the
    /// disk the export is written to.
    private static func scratch(for out: String) throws(CommandFailure) -> ScratchFile {
        var folder = parentFolder(of: out)
        while !FileManager.default.fileExists(atPath: folder), folder != "/", folder != "." { folder = parentFolder(of: folder) }
        do {
            return try ScratchFile(in: folder)
        } catch {
            throw scratchFailure(error, out: out)
        }
    }

    /// A scratch file that cannot be made, written or read: a full disk in the words every
    /// command uses, anything else with its cause; either way nothing was written at `out`.
    private static func scratchFailure(_ error: any Error, out: String) -> CommandFailure {
        let failed = unwritten(out)
        if let full = CommandFailure.outOfSpace(error, failed: failed, kept: kept(out)) { return full }
        let reason = (error as? ScratchFile.Failure)?.message ?? Phrase(en: "\(error)", nl: "\(error)")
        return CommandFailure(Phrase(en: "\(failed.en): \(reason.en)", nl: "\(failed.nl): \(reason.nl)"),
                              hint: Phrase(en: "check that the folder above \(out) is writable and its disk is sound; \(kept(out).en)",
                                           nl: "kijk na of de map boven \(out) beschrijfbaar is en de schijf in orde; \(kept(out).nl)"),
                              exitCode: ExitStatus.cannotCreate)
    }

    /// In the words `ExportFolderWriter` uses when the export itself cannot be written: to the
    /// person exporting, the scratch is part of writing the export.
    private static func unwritten(_ out: String) -> Phrase {
        Phrase(en: "the export to \(out) could not be written", nl: "de export naar \(out) kon niet geschreven worden")
    }

    /// Before writing has begun there is no unfinished copy to remove, unlike `ExportFolderWriter`'s hint.
    private static func kept(_ out: String) -> Phrase {
        Phrase(en: "no export was written: \(out) is as it was, and nothing was left behind",
               nl: "er is geen export geschreven: \(out) is zoals het was, en er bleef niets achter")
    }
}
