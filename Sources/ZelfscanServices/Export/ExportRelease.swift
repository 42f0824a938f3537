import ZelfscanCore

/// The last steps of every export, made from workspaces or pooled with `--merge`: one that
/// would release nothing or single a cell out is refused, and the folder is written with its
/// self-audit, so no export reaches `--out` without passing the audit anyone can run on it.
public enum ExportRelease {
    /// An export that would release nothing, or would single someone out, is not written: it says why.
    public static func requireReleasable(_ summary: ExportSummary) throws(CommandFailure) {
        guard summary.releasedCells > 0 else {
            let cells = summary.municipalities
            throw CommandFailure(
                Phrase(en: "nothing could be released: the workspaces hold \(cells) cell(s) with a round of at least 3 submitted responses, and no combination of what the panel releases (years taken part, Belfius group, cell facts) is shared by \(summary.k) of them, even with every fact removed",
                       nl: "er kon niets vrijgegeven worden: de werkruimtes bevatten \(cells) gemeente(n) met een ronde van minstens 3 ingediende antwoorden, en geen combinatie van wat het panel vrijgeeft (deelnamejaren, Belfius-groep, celfeiten) wordt door \(summary.k) ervan gedeeld, ook niet met alle feiten weggelaten"),
                hint: Phrase(en: "an export needs at least \(summary.k) cells that took part in the same years; pool the workspaces of more cells (for example with other coaches), or compare them by name with zelfscan compare, which is not for sharing",
                             nl: "een export heeft minstens \(summary.k) cellen nodig die in dezelfde jaren deelnamen; bundel de werkruimtes van meer cellen (bijvoorbeeld met andere coaches), of vergelijk ze op naam met zelfscan compare, dat niet om te delen is"),
                exitCode: ExitStatus.invalidData)
        }
        guard summary.linkage.singledOut == 0, summary.linkage.smallestCandidateSet >= summary.k, summary.smallestClass >= summary.k else {
            throw CommandFailure(Phrase(en: "the export's own linkage simulation singled out a cell; nothing was written",
                                        nl: "de eigen koppelingssimulatie van de export pikte een gemeente uit; er is niets geschreven"),
                                 hint: Phrase(en: "this is a bug in zelfscan: please report it", nl: "dit is een fout in zelfscan: meld ze"),
                                 exitCode: ExitStatus.invalidData)
        }
    }

    /// Writes the folder; the audit runs on it before it is renamed into place, and a finding means a bug.
    public static func write(_ export: ExportPlan, formats: Set<ExportFolderWriter.Format>, to out: String, createdYear: Int,
                             language: Language) throws(CommandFailure) {
        let codebookYAML: String
        do {
            codebookYAML = try export.codebook.yaml(summary: export.summary, createdYear: createdYear)
        } catch {
            throw CommandFailure(Phrase(en: "could not write codebook.yaml: \(error)", nl: "kon codebook.yaml niet schrijven: \(error)"), exitCode: ExitStatus.invalidData)
        }
        let k = export.summary.k
        try ExportFolderWriter.write(summary: export.summary, tables: export.allTables, codebookYAML: codebookYAML, formats: formats,
                                     to: out, language: language) { (staging: String) throws(CommandFailure) in
            let findings: [AuditFinding]
            do {
                findings = try ExportAudit(minimumK: k).audit(AuditFolder(path: staging)).findings
            } catch {
                throw CommandFailure(Phrase(en: "cannot read back the export to audit it: \(error)", nl: "kan de export niet teruglezen om ze te controleren: \(error)"),
                                     exitCode: ExitStatus.cannotCreate)
            }
            guard findings.isEmpty else {
                AuditReport(findings: findings, language: language).print(folder: out)
                throw CommandFailure(Phrase(en: "the export failed its own audit and was not written", nl: "de export haalde zijn eigen controle niet en werd niet geschreven"),
                                     hint: Phrase(en: "this is a bug in zelfscan: please report it with the findings above (they hold no names)",
                                                  nl: "dit is een fout in zelfscan: meld ze met de bevindingen hierboven (die bevatten geen namen)"),
                                     exitCode: ExitStatus.invalidData)
            }
        }
    }
}
