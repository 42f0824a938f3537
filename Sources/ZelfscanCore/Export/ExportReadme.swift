/// The README written into every export, in Dutch or English: what the files are, what was
/// done to protect municipalities and respondents, with counts, and a synthetic-data warning
/// first when any of the data is demo data.
public struct ExportReadme: Sendable {
    public var summary: ExportSummary
    public var language: String
    /// File names written, in the order listed.
    public var files: [String]

    public init(summary: ExportSummary, language: String, files: [String]) {
        self.summary = summary
        self.language = language
        self.files = files
    }

    private func say(_ nl: String, _ en: String) -> String { language == "en" ? en : nl }

    public var text: String {
        let s = summary
        var lines: [String] = []
        if s.synthetic {
            lines += [say("# SYNTHETISCHE DEMODATA — geen echte resultaten", "# SYNTHETIC DEMO DATA — not real results"), "",
                      say("Deze export is gemaakt van verzonnen cellen (zelfscan demo). Gebruik hem om te oefenen, nooit als benchmark of in onderzoek.",
                          "This export was made from invented cells (zelfscan demo). Use it to practise, never as a benchmark or in research."), ""]
        }
        lines += [say("# Geanonimiseerde export van LIVC Zelfscan", "# LIVC Zelfscan anonymised export"), ""]
        lines += [
            say("- Vragenlijst: \(s.questionnaireID) versie \(s.questionnaireVersion)", "- Questionnaire: \(s.questionnaireID) version \(s.questionnaireVersion)"),
            say("- Versie van de scoringsregels: \(s.scoringRulesVersion)", "- Scoring rules version: \(s.scoringRulesVersion)"),
            say("- Synthetische demodata: \(s.synthetic ? "ja" : "nee")", "- Synthetic demo data: \(s.synthetic ? "yes" : "no")"),
            say("- k (minimum aantal gemeenten per combinatie): \(s.k)", "- k (minimum municipalities per combination): \(s.k)"),
            say("- Jaren: \(years)", "- Years: \(years)"),
            say("- Gemeenten (pseudoniemen): \(s.municipalities); rondes: \(s.released.cellRounds); respondenten: \(s.released.respondents)",
                "- Municipalities (pseudonyms): \(s.municipalities); rounds: \(s.released.cellRounds); respondents: \(s.released.respondents)"),
            say("- Sleutelcontrole: \(s.keyCheck) (gelijk bij exports met dezelfde sleutel; verraadt geen namen)",
                "- Key check: \(s.keyCheck) (equal for exports made with the same key; reveals no names)"),
            "",
        ]
        if s.mergedExports > 0 {
            lines += [say("Deze export bundelt \(s.mergedExports) exports met dezelfde sleutelcontrole (zelfscan export --merge). Een ronde die in meer dan één export stond, is één keer opgenomen; k is opnieuw toegepast over het geheel. De cijfers hieronder gaan over die bundeling; wat in elke export zelf al vergroofd of weggelaten was, staat in hun eigen README.",
                          "This export pools \(s.mergedExports) exports with the same key check (zelfscan export --merge). A round found in more than one export is included once; k was applied again over the pool. The figures below are about the pooling; what each export had already coarsened or left out is in its own README."), ""]
        }
        lines += [say("## Bestanden", "## Files"), ""]
        lines += files.map { "- \($0)" + (fileTexts[$0].map { ": " + $0 } ?? "") }
        lines += ["", say("## Wat er gebeurde om gemeenten en respondenten te beschermen", "## What was done to protect municipalities and respondents"), ""]
        lines += [
            say("k-anonimiteit over (Belfius-groep, provincie, niveau, jaar): een combinatie met minder dan \(s.k) gemeenten verliest eerst de provincie, dan het niveau, en wordt anders weggelaten. Een gemeente wordt in elk jaar gelijk vergroot.",
                "k-anonymity over (Belfius group, province, level, year): a combination with fewer than \(s.k) municipalities first loses the province, then the level, and is otherwise left out. A municipality is coarsened alike in every year."),
            "",
            say("| Wat | Rondes | Respondentrecords |", "| What | Rounds | Respondent records |"),
            "| --- | ---: | ---: |",
            row(say("Onveranderd", "Unchanged"), s.released.cellRounds - s.provinceRemoved.cellRounds - s.provinceAndLevelRemoved.cellRounds,
                s.released.respondents - s.provinceRemoved.respondents - s.provinceAndLevelRemoved.respondents),
            row(say("Provincie weggelaten", "Province removed"), s.provinceRemoved),
            row(say("Provincie en niveau weggelaten", "Province and level removed"), s.provinceAndLevelRemoved),
            row(say("Weggelaten: combinatie bleef onder k", "Left out: combination stayed below k"), s.suppressed),
            row(say("Weggelaten: minder dan 3 ingediende antwoorden", "Left out: fewer than 3 submitted responses"), s.tooFewRespondents),
            row(say("Weggelaten: dubbele werkruimte van dezelfde gemeente en hetzelfde jaar", "Left out: second workspace of the same municipality and year"), s.duplicates),
            "",
            s.mergedExports > 0 ? say("- Rolgroepen, weggelaten gegevens en samengevoegde kleine groepen: zoals in de gebundelde exports.",
                                      "- Role groups, data left behind and merged small groups: as in the pooled exports.") :
            say("- Rollen zijn vervangen door rolgroepen; \(s.roleGroupMerged) respondenten staan in rolgroep 'merged' omdat hun groep in de ronde minder dan 3 leden had (samengevoegd, niet weggelaten).",
                "- Roles are replaced by role groups; \(s.roleGroupMerged) respondents are in role group 'merged' because their group had fewer than 3 members in the round (merged, not dropped)."),
            s.mergedExports > 0 ? say("- Niet geëxporteerd, in geen enkele deelexport: gemeentenamen, respondentcodes, rollen, datums, opmerkingen, vrije tekst.",
                                      "- Not exported, in none of the pooled exports: municipality names, respondent codes, roles, dates, comments, free text.") :
            say("- Niet geëxporteerd: gemeentenamen, respondentcodes, rollen, taal, datums en tijden (alleen het jaar), opmerkingen (\(s.commentsLeftOut)) en vrije-tekstantwoorden (\(s.textAnswersLeftOut)), concepten (\(s.draftsLeftOut)).",
                "- Not exported: municipality names, respondent codes, roles, language, dates and times (only the year), comments (\(s.commentsLeftOut)) and free-text answers (\(s.textAnswersLeftOut)), drafts (\(s.draftsLeftOut))."),
        ]
        if s.otherQuestionnaire > 0 {
            lines.append(say("- \(s.otherQuestionnaire) werkruimtes met een andere vragenlijst(versie) zijn niet opgenomen.",
                             "- \(s.otherQuestionnaire) workspaces of another questionnaire (version) were not included."))
        }
        lines += ["", say("Controleer deze map zonder sleutel met: zelfscan audit MAP --k \(s.k). Uitleg, kolommen en inladen in R, pandas of SQLite: docs/export.md.",
                          "Check this folder without the key with: zelfscan audit FOLDER --k \(s.k). Columns and loading into R, pandas or SQLite: docs/export.md."), ""]
        return lines.joined(separator: "\n")
    }

    private var years: String { summary.years.map(String.init).joined(separator: ", ") }

    private func row(_ label: String, _ touched: ExportSummary.Touched) -> String {
        row(label, touched.cellRounds, touched.respondents)
    }

    private func row(_ label: String, _ rounds: Int, _ respondents: Int) -> String { "| \(label) | \(rounds) | \(respondents) |" }

    private var fileTexts: [String: String] {
        [
            "responses_long.csv": say("één rij per respondent en beantwoord item", "one row per respondent and answered item"),
            "responses_wide.csv": say("één rij per respondent, één kolom per item (meerkeuze: 0/1 per optie)",
                                      "one row per respondent, one column per item (multiple choice: 0/1 per option)"),
            "scores.csv": say("scores per respondent en per cel, per dimensie en overall", "scores per respondent and per cell, per dimension and overall"),
            "codebook.csv": say("elke kolom met tekst (nl, en), schaal, waarden, omkering, gewicht, dimensie",
                                "every column with text (nl, en), scale, values, reverse key, weight, dimension"),
            "codebook.yaml": say("hetzelfde codeboek met de gegevens van de export (export:)", "the same codebook with the export's facts (export:)"),
            "zelfscan.sqlite": say("dezelfde tabellen met types, views cell_scores, respondent_scores, cell_scores_wide, en export_info",
                                   "the same tables with types, views cell_scores, respondent_scores, cell_scores_wide, and export_info"),
        ]
    }
}
