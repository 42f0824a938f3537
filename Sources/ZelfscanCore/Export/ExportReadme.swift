/// The README written into every export, in Dutch or English: what the files are, the export's
/// measured disclosure risk, what was coarsened, withheld or left out with counts, and how to
/// read the files. A synthetic-data warning comes first when any of the data is demo data.
public struct ExportReadme: Sendable {
    public var summary: ExportSummary
    public var language: Language
    /// File names written, in the order listed.
    public var files: [String]

    public init(summary: ExportSummary, language: Language, files: [String]) {
        self.summary = summary
        self.language = language
        self.files = files
    }

    private func say(_ nl: String, _ en: String) -> String { language == .en ? en : nl }

    public var text: String {
        let s = summary
        var lines: [String] = []
        if s.synthetic {
            lines += [say("# SYNTHETISCHE DEMODATA — geen echte resultaten", "# SYNTHETIC DEMO DATA — not real results"), "",
                      say("Deze export is gemaakt van verzonnen cellen (zelfscan demo). Gebruik hem om te oefenen, nooit als benchmark of in onderzoek.",
                          "This export was made from invented cells (zelfscan demo). Use it to practise, never as a benchmark or in research."), ""]
        }
        lines += [say("# Geanonimiseerde export van de zelfscan", "# Zelfscan anonymised export"), ""]
        lines += [
            say("- Vragenlijst: \(s.questionnaireID) versie \(s.questionnaireVersion); scoringsregels versie \(s.scoringRulesVersion); zelfscan \(ToolVersion.current); exportformaat \(ExportCodebook.format)",
                "- Questionnaire: \(s.questionnaireID) version \(s.questionnaireVersion); scoring rules version \(s.scoringRulesVersion); zelfscan \(ToolVersion.current); export format \(ExportCodebook.format)"),
            say("- Synthetische demodata: \(s.synthetic ? "ja" : "nee")", "- Synthetic demo data: \(s.synthetic ? "yes" : "no")"),
            say("- Jaren: \(years)", "- Years: \(years)"),
            say("- Celpanel: \(s.releasedCells) cellen, \(s.releasedRounds) rondes; antwoorden: \(s.respondents) respondenten (zonder celcode); statistieken over dezelfde cellen",
                "- Cell panel: \(s.releasedCells) cells, \(s.releasedRounds) rounds; answers: \(s.respondents) respondents (without a cell); statistics over the same cells"),
            "",
        ]
        if s.mergedExports > 0 {
            lines += [say("Deze export bundelt \(s.mergedExports) exports (zelfscan export --merge). Elk deel is eerst gecontroleerd; k is opnieuw toegepast over het geheel. Wat elk deel zelf al vergroofd of weggelaten had, staat in zijn eigen README.",
                          "This export pools \(s.mergedExports) exports (zelfscan export --merge). Every part was audited first; k was applied again over the pool. What each part had already coarsened or left out is in its own README."), ""]
        }
        lines += [say("## Risico, gemeten", "## Risk, measured"), ""]
        lines += [
            say("Een aanvaller kent van elke gemeente haar Belfius-groep, haar celfeiten (de antwoorden op de cell_fact-vragen) in elk jaar en de jaren waarin ze deelnam, en zoekt de rijen van het celpanel die bij haar kunnen horen (docs/privacy.md).",
                "An attacker knows each municipality's Belfius group, its cell facts (the answers to the cell_fact questions) in every year and the years it took part, and looks for the panel rows that could be it (docs/privacy.md)."),
            "",
            say("| Maat | Waarde |", "| Measure | Value |"), "| --- | ---: |",
            say("| k (minimum cellen per combinatie van alle quasi-identificatoren, over alle jaren van één celcode) | \(s.k) |",
                "| k (minimum cells per combination of all quasi-identifiers, over all of a cell's years) | \(s.k) |"),
            say("| Kleinste klasse in het celpanel | \(s.smallestClass) |", "| Smallest class in the cell panel | \(s.smallestClass) |"),
            say("| Gemeenten die de aanvaller probeert | \(s.linkage.municipalities) |", "| Municipalities the attacker tries | \(s.linkage.municipalities) |"),
            say("| Celcodes die maar met één gemeente overeenkomen (uitgepikt) | \(s.linkage.singledOut) |",
                "| Cell ids consistent with one municipality only (singled out) | \(s.linkage.singledOut) |"),
            say("| Kleinste aantal gemeenten waarmee een celcode overeenkomt | \(s.linkage.smallestCandidateSet) |",
                "| Fewest municipalities any cell id is consistent with | \(s.linkage.smallestCandidateSet) |"),
            "",
            say("Antwoorden (items.csv) en statistieken (stats_*.csv) gaan over dezelfde cellen als het celpanel en dragen geen celcode: ze zijn niet aan het celpanel of aan een gemeente te koppelen. Statistieken gaan over minstens \(ReleaseStatistics.standardMinimumCells) cellen, met aantallen afgerond op \(ReleaseStatistics.standardRounding).",
                "Answers (items.csv) and statistics (stats_*.csv) cover the same cells as the panel and carry no cell id: they cannot be joined to the panel or to a municipality. Statistics cover at least \(ReleaseStatistics.standardMinimumCells) cells, with counts rounded to \(ReleaseStatistics.standardRounding)."),
            "",
        ]
        lines += [say("## Wat vergroofd, achtergehouden of weggelaten werd", "## What was coarsened, withheld or left out"), ""]
        lines += [
            say("| Wat | Cellen | Rondes | Respondentrecords | Wat het kost |", "| What | Cells | Rounds | Respondent records | What it costs |"),
            "| --- | ---: | ---: | ---: | --- |",
            row(say("Celpanel: onveranderd", "Cell panel: unchanged"), s.panel(.none), "—"),
            row(say("Celpanel: Belfius-groep weggelaten (removed)", "Cell panel: Belfius group removed"), s.panel(.groupRemoved),
                say("geen controle voor de Belfius-groep voor deze cellen", "no control for Belfius group for these cells")),
            row(say("Celpanel: celfeiten grover (bv. formeel / niet formeel)", "Cell panel: cell facts coarsened (e.g. formal / not formal)"), s.panel(.factsCoarse),
                say("ook geen Belfius-groep; grovere celfeiten", "also no Belfius group; coarser cell facts")),
            row(say("Celpanel: celfeiten weggelaten", "Cell panel: cell facts removed"), s.panel(.factsRemoved),
                say("deze cellen tellen niet mee in analyses per celfeit", "these cells do not count in analyses by cell fact")),
            row(say("Weggelaten: klasse bleef onder k", "Left out: class stayed below k"), s.panel(.suppressed),
                say("ook uit items.csv en stats_*.csv: anders gaf een aftrekking hun waarden prijs", "also from items.csv and stats_*.csv: otherwise a subtraction would give their values away")),
            row(say("Overal weggelaten: minder dan 3 ingediende antwoorden", "Left out everywhere: fewer than 3 submitted responses"), s.tooFewRespondents,
                say("er bestaat geen celresultaat", "no cell result exists")),
            row(say("Overal weggelaten: dubbele werkruimte van dezelfde gemeente en hetzelfde jaar", "Left out everywhere: second workspace of the same municipality and year"), s.duplicates, "—"),
            "",
            say("- Items waarvan de zichtbaarheid van de rol afhangt, staan niet in items.csv (alleen hun aantallen in stats_items.csv): \(roleItems).",
                "- Items whose visibility depends on the role are not in items.csv (only their counts in stats_items.csv): \(roleItems)."),
            say("- Rondes waarin de voorwaardelijke items werden achtergehouden (status withheld) omdat het patroon van getoonde items minder dan 3 respondenten gemeen hadden: \(s.roundsWithheldConditional).",
                "- Rounds whose conditional items were withheld (status withheld) because fewer than 3 respondents shared their pattern of shown items: \(s.roundsWithheldConditional)."),
            say("- Nooit vrijgegeven: gemeentenamen en pseudoniemen, respondentcodes, rollen en rolgroepen, het aantal respondenten per ronde, contextantwoorden per respondent, taal, datums (alleen het jaar), minimum en maximum van scores, opmerkingen (\(s.commentsLeftOut)), vrije-tekstantwoorden (\(s.textAnswersLeftOut)) en concepten (\(s.draftsLeftOut)).",
                "- Never released: municipality names and pseudonyms, respondent codes, roles and role groups, the number of respondents per round, context answers per respondent, language, dates (only the year), minimum and maximum scores, comments (\(s.commentsLeftOut)), free-text answers (\(s.textAnswersLeftOut)) and drafts (\(s.draftsLeftOut))."),
        ]
        if s.otherQuestionnaire > 0 {
            lines.append(say("- \(s.otherQuestionnaire) werkruimtes met een andere vragenlijst(versie) zijn niet opgenomen.",
                             "- \(s.otherQuestionnaire) workspaces of another questionnaire (version) were not included."))
        }
        lines += ["", say("## Bestanden", "## Files"), ""]
        lines += files.map { "- \($0)" + (fileTexts[$0].map { ": " + $0 } ?? "") }
        lines += ["", say("## Inlezen", "## Reading the files"), ""]
        lines += [
            say("CSV volgens RFC 4180 (UTF-8, komma, CRLF). Leeg betekent \"geen waarde\", alleen in numerieke kolommen; tekstkolommen hebben altijd een code.",
                "CSV per RFC 4180 (UTF-8, comma, CRLF). Empty means \"no value\", only in numeric columns; text columns always hold a code."),
            "",
            "- R: `cells <- read.csv(\"cells.csv\", na.strings = \"\")`",
            "- pandas: `cells = pd.read_csv(\"cells.csv\")`; " + say("gebruik `dropna=False` in `groupby`", "use `dropna=False` in `groupby`"),
            "- SQLite: `sqlite3 zelfscan.sqlite \"SELECT * FROM cells\"`",
            "",
            say("Kolommen en hun betekenis: codebook.csv en codebook.yaml. Controleer deze map zonder sleutel met: zelfscan audit MAP. Nagaan of niets gewijzigd werd: sha256sum -c MANIFEST.sha256.",
                "Columns and their meaning: codebook.csv and codebook.yaml. Check this folder without the key with: zelfscan audit FOLDER. Check that nothing was changed: sha256sum -c MANIFEST.sha256."),
            "",
        ]
        return lines.joined(separator: "\n")
    }

    private var years: String { summary.years.map(String.init).joined(separator: ", ") }

    private var roleItems: String { summary.roleDependentItems.isEmpty ? say("geen", "none") : summary.roleDependentItems.joined(separator: ", ") }

    /// Respondents are counted only over at least k cells: the size of one or two cells is
    /// something an outsider could match.
    private func row(_ label: String, _ touched: ExportSummary.Touched, _ cost: String) -> String {
        let respondents = touched.cells == 0 || touched.cells >= summary.k ? String(touched.respondents) : say("(minder dan k cellen)", "(fewer than k cells)")
        return "| \(label) | \(touched.cells) | \(touched.cellRounds) | \(respondents) | \(cost) |"
    }

    private var fileTexts: [String: String] {
        [
            "MANIFEST.sha256": say("SHA-256 van elk ander bestand", "SHA-256 of every other file"),
            "cells.csv": say("celpanel: één rij per celronde, met een celcode die willekeurig is voor deze export", "cell panel: one row per cell round, with a cell id random for this export"),
            "items.csv": say("één rij per respondent en gescoord item, zonder celcode, jaar of rol", "one row per respondent and scored item, without cell, year or role"),
            "stats_dimensions.csv": say("gemiddelden van celgemiddelden per jaar, per indeling", "means of cell means per year, by grouping"),
            "stats_icc.csv": say("ICC(1) en ICC(2) per dimensie en jaar", "ICC(1) and ICC(2) per dimension and year"),
            "stats_items.csv": say("aantallen per antwoord en status per item", "counts per answer and status per item"),
            "stats_reference.csv": say("antwoorden van cellen naast de gepubliceerde referentiecijfers", "cells' answers beside the published reference figures"),
            "stats_actions.csv": summary.actionsReleased
                ? say("afgesproken acties, alleen als aantallen per dimensie en status (nooit hun tekst)", "agreed actions, only as counts per dimension and status (never their text)")
                : say("leeg: minder dan \(ReleaseStatistics.standardMinimumCells) cellen hebben afgesproken acties, en de acties van enkele cellen zijn hun eigen plan",
                      "empty: fewer than \(ReleaseStatistics.standardMinimumCells) cells have agreed actions, and the actions of a few cells are their own plan"),
            "codebook.csv": say("elke kolom: soort, type, beschrijving (nl, en), waarden", "every column: class, type, description (nl, en), values"),
            "codebook.yaml": say("de gegevens van de export, items (schaal, omkering, gewicht, voorwaarden), dimensies, celfeiten, banden, cijfers",
                                 "the export's facts, items (scale, reverse key, weight, conditions), dimensions, cell facts, bands, figures"),
            "zelfscan.sqlite": say("dezelfde tabellen met types, sleutels en indexen, en export_info", "the same tables with types, keys and indexes, and export_info"),
        ]
    }
}
