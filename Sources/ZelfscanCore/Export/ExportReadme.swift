/// The README written into every export, in Dutch or English: what the files are, the export's
/// measured disclosure risk, what was coarsened, withheld or left out with counts, and how to
/// read the files. A synthetic-data warning comes first when any of the data is demo data.
public struct ExportReadme: Sendable, PhraseBook {
    public var summary: ExportSummary
    public var language: Language
    /// File names written, in the order listed.
    public var files: [String]

    public init(summary: ExportSummary, language: Language, files: [String]) {
        self.summary = summary
        self.language = language
        self.files = files
    }


    public var text: String {
        let s = summary
        var lines: [String] = []
        if s.synthetic {
            lines += [say(en: "# SYNTHETIC DEMO DATA — not real results", nl: "# SYNTHETISCHE DEMODATA — geen echte resultaten"), "",
                      say(en: "This export was made from invented cells (zelfscan demo). Use it to practise, never as a benchmark or in research.",
                          nl: "Deze export is gemaakt van verzonnen cellen (zelfscan demo). Gebruik hem om te oefenen, nooit als benchmark of in onderzoek."), ""]
        }
        lines += [say(en: "# Zelfscan anonymised export", nl: "# Geanonimiseerde export van de zelfscan"), ""]
        lines += [
            say(en: "- Questionnaire: \(s.questionnaireID) version \(s.questionnaireVersion); scoring rules version \(s.scoringRulesVersion); zelfscan \(ToolVersion.current); export format \(ExportCodebook.format)",
                nl: "- Vragenlijst: \(s.questionnaireID) versie \(s.questionnaireVersion); scoringsregels versie \(s.scoringRulesVersion); zelfscan \(ToolVersion.current); exportformaat \(ExportCodebook.format)"),
            say(en: "- Synthetic demo data: \(s.synthetic ? "yes" : "no")", nl: "- Synthetische demodata: \(s.synthetic ? "ja" : "nee")"),
            say(en: "- Years: \(years)", nl: "- Jaren: \(years)"),
            say(en: "- Cell panel: \(s.releasedCells) cells, \(s.releasedRounds) rounds; answers: \(s.respondents) respondents (without a cell); statistics over the same cells",
                nl: "- Celpanel: \(s.releasedCells) cellen, \(s.releasedRounds) rondes; antwoorden: \(s.respondents) respondenten (zonder celcode); statistieken over dezelfde cellen"),
            "",
        ]
        if s.mergedExports > 0 {
            lines += [say(en: "This export pools \(s.mergedExports) exports (zelfscan export --merge). Every part was audited first; k was applied again over the pool. What each part had already coarsened or left out is in its own README.",
                          nl: "Deze export bundelt \(s.mergedExports) exports (zelfscan export --merge). Elk deel is eerst gecontroleerd; k is opnieuw toegepast over het geheel. Wat elk deel zelf al vergroofd of weggelaten had, staat in zijn eigen README."), ""]
        }
        lines += [say(en: "## Risk, measured", nl: "## Risico, gemeten"), ""]
        lines += [
            say(en: "An attacker knows each municipality's Belfius group, its cell facts (the answers to the cell_fact questions) in every year and the years it took part, and looks for the panel rows that could be it (docs/privacy.md).",
                nl: "Een aanvaller kent van elke gemeente haar Belfius-groep, haar celfeiten (de antwoorden op de cell_fact-vragen) in elk jaar en de jaren waarin ze deelnam, en zoekt de rijen van het celpanel die bij haar kunnen horen (docs/privacy.md)."),
            "",
            say(en: "| Measure | Value |", nl: "| Maat | Waarde |"), "| --- | ---: |",
            say(en: "| k (minimum cells per combination of all quasi-identifiers, over all of a cell's years) | \(s.k) |",
                nl: "| k (minimum cellen per combinatie van alle quasi-identificatoren, over alle jaren van één celcode) | \(s.k) |"),
            say(en: "| Smallest class in the cell panel | \(s.smallestClass) |", nl: "| Kleinste klasse in het celpanel | \(s.smallestClass) |"),
            say(en: "| Municipalities the attacker tries | \(s.linkage.municipalities) |", nl: "| Gemeenten die de aanvaller probeert | \(s.linkage.municipalities) |"),
            say(en: "| Cell ids consistent with one municipality only (singled out) | \(s.linkage.singledOut) |",
                nl: "| Celcodes die maar met één gemeente overeenkomen (uitgepikt) | \(s.linkage.singledOut) |"),
            say(en: "| Fewest municipalities any cell id is consistent with | \(s.linkage.smallestCandidateSet) |",
                nl: "| Kleinste aantal gemeenten waarmee een celcode overeenkomt | \(s.linkage.smallestCandidateSet) |"),
            "",
            say(en: "Answers (items.csv) and statistics (stats_*.csv) cover the same cells as the panel and carry no cell id: they cannot be joined to the panel or to a municipality. Statistics cover at least \(ReleaseStatistics.standardMinimumCells) cells, with counts rounded to \(ReleaseStatistics.standardRounding).",
                nl: "Antwoorden (items.csv) en statistieken (stats_*.csv) gaan over dezelfde cellen als het celpanel en dragen geen celcode: ze zijn niet aan het celpanel of aan een gemeente te koppelen. Statistieken gaan over minstens \(ReleaseStatistics.standardMinimumCells) cellen, met aantallen afgerond op \(ReleaseStatistics.standardRounding)."),
            "",
        ]
        lines += [say(en: "## What was coarsened, withheld or left out", nl: "## Wat vergroofd, achtergehouden of weggelaten werd"), ""]
        lines += [
            say(en: "| What | Cells | Rounds | Respondent records | What it costs |", nl: "| Wat | Cellen | Rondes | Respondentrecords | Wat het kost |"),
            "| --- | ---: | ---: | ---: | --- |",
            row(say(en: "Cell panel: unchanged", nl: "Celpanel: onveranderd"), s.panel(.none), "—"),
            row(say(en: "Cell panel: Belfius group removed", nl: "Celpanel: Belfius-groep weggelaten (removed)"), s.panel(.groupRemoved),
                say(en: "no control for Belfius group for these cells", nl: "geen controle voor de Belfius-groep voor deze cellen")),
            row(say(en: "Cell panel: cell facts coarsened (e.g. formal / not formal)", nl: "Celpanel: celfeiten grover (bv. formeel / niet formeel)"), s.panel(.factsCoarse),
                say(en: "also no Belfius group; coarser cell facts", nl: "ook geen Belfius-groep; grovere celfeiten")),
            row(say(en: "Cell panel: cell facts removed", nl: "Celpanel: celfeiten weggelaten"), s.panel(.factsRemoved),
                say(en: "these cells do not count in analyses by cell fact", nl: "deze cellen tellen niet mee in analyses per celfeit")),
            row(say(en: "Left out: class stayed below k", nl: "Weggelaten: klasse bleef onder k"), s.panel(.suppressed),
                say(en: "also from items.csv and stats_*.csv: otherwise a subtraction would give their values away", nl: "ook uit items.csv en stats_*.csv: anders gaf een aftrekking hun waarden prijs")),
            row(say(en: "Left out everywhere: fewer than 3 submitted responses", nl: "Overal weggelaten: minder dan 3 ingediende antwoorden"), s.tooFewRespondents,
                say(en: "no cell result exists", nl: "er bestaat geen celresultaat")),
            row(say(en: "Left out everywhere: second workspace of the same municipality and year", nl: "Overal weggelaten: dubbele werkruimte van dezelfde gemeente en hetzelfde jaar"), s.duplicates, "—"),
            "",
            say(en: "- Items whose visibility depends on the role are not in items.csv (only their counts in stats_items.csv): \(roleItems).",
                nl: "- Items waarvan de zichtbaarheid van de rol afhangt, staan niet in items.csv (alleen hun aantallen in stats_items.csv): \(roleItems)."),
            say(en: "- Rounds whose conditional items were withheld (status withheld) because fewer than 3 respondents shared their pattern of shown items: \(s.roundsWithheldConditional).",
                nl: "- Rondes waarin de voorwaardelijke items werden achtergehouden (status withheld) omdat het patroon van getoonde items minder dan 3 respondenten gemeen hadden: \(s.roundsWithheldConditional)."),
            say(en: "- Never released: municipality names and pseudonyms, respondent codes, roles and role groups, the number of respondents per round, context answers per respondent, language, dates (only the year), minimum and maximum scores, comments (\(s.commentsLeftOut)), free-text answers (\(s.textAnswersLeftOut)) and drafts (\(s.draftsLeftOut)).",
                nl: "- Nooit vrijgegeven: gemeentenamen en pseudoniemen, respondentcodes, rollen en rolgroepen, het aantal respondenten per ronde, contextantwoorden per respondent, taal, datums (alleen het jaar), minimum en maximum van scores, opmerkingen (\(s.commentsLeftOut)), vrije-tekstantwoorden (\(s.textAnswersLeftOut)) en concepten (\(s.draftsLeftOut))."),
        ]
        if s.otherQuestionnaire > 0 {
            lines.append(say(en: "- \(s.otherQuestionnaire) workspaces of another questionnaire (version) were not included.",
                             nl: "- \(s.otherQuestionnaire) werkruimtes met een andere vragenlijst(versie) zijn niet opgenomen."))
        }
        lines += ["", say(en: "## Files", nl: "## Bestanden"), ""]
        lines += files.map { "- \($0)" + (fileTexts[$0].map { ": " + $0 } ?? "") }
        lines += ["", say(en: "## Reading the files", nl: "## Inlezen"), ""]
        lines += [
            say(en: "CSV per RFC 4180 (UTF-8, comma, CRLF). Empty means \"no value\", only in numeric columns; text columns always hold a code.",
                nl: "CSV volgens RFC 4180 (UTF-8, komma, CRLF). Leeg betekent \"geen waarde\", alleen in numerieke kolommen; tekstkolommen hebben altijd een code."),
            "",
            "- R: `cells <- read.csv(\"cells.csv\", na.strings = \"\")`",
            "- pandas: `cells = pd.read_csv(\"cells.csv\")`; " + say(en: "use `dropna=False` in `groupby`", nl: "gebruik `dropna=False` in `groupby`"),
            "- SQLite: `sqlite3 zelfscan.sqlite \"SELECT * FROM cells\"`",
            "",
            say(en: "Columns and their meaning: codebook.csv and codebook.yaml. Check this folder without the key with: zelfscan audit FOLDER. Check that nothing was changed: sha256sum -c MANIFEST.sha256.",
                nl: "Kolommen en hun betekenis: codebook.csv en codebook.yaml. Controleer deze map zonder sleutel met: zelfscan audit MAP. Nagaan of niets gewijzigd werd: sha256sum -c MANIFEST.sha256."),
            "",
        ]
        return lines.joined(separator: "\n")
    }

    private var years: String { summary.years.map(String.init).joined(separator: ", ") }

    private var roleItems: String { summary.roleDependentItems.isEmpty ? say(en: "none", nl: "geen") : summary.roleDependentItems.joined(separator: ", ") }

    /// Respondents are counted only over at least k cells: the size of one or two cells is
    /// something an outsider could match.
    private func row(_ label: String, _ touched: ExportSummary.Touched, _ cost: String) -> String {
        let respondents = touched.cells == 0 || touched.cells >= summary.k ? String(touched.respondents) : say(en: "(fewer than k cells)", nl: "(minder dan k cellen)")
        return "| \(label) | \(touched.cells) | \(touched.cellRounds) | \(respondents) | \(cost) |"
    }

    private var fileTexts: [String: String] {
        [
            "MANIFEST.sha256": say(en: "SHA-256 of every other file", nl: "SHA-256 van elk ander bestand"),
            "cells.csv": say(en: "cell panel: one row per cell round, with a cell id random for this export", nl: "celpanel: één rij per celronde, met een celcode die willekeurig is voor deze export"),
            "items.csv": say(en: "one row per respondent and scored item, without cell, year or role", nl: "één rij per respondent en gescoord item, zonder celcode, jaar of rol"),
            "stats_dimensions.csv": say(en: "means of cell means per year, by grouping", nl: "gemiddelden van celgemiddelden per jaar, per indeling"),
            "stats_icc.csv": say(en: "ICC(1) and ICC(2) per dimension and year", nl: "ICC(1) en ICC(2) per dimensie en jaar"),
            "stats_items.csv": say(en: "counts per answer and status per item", nl: "aantallen per antwoord en status per item"),
            "stats_reference.csv": say(en: "cells' answers beside the published reference figures", nl: "antwoorden van cellen naast de gepubliceerde referentiecijfers"),
            "stats_actions.csv": summary.actionsReleased
                ? say(en: "agreed actions, only as counts per dimension and status (never their text)", nl: "afgesproken acties, alleen als aantallen per dimensie en status (nooit hun tekst)")
                : say(en: "empty: fewer than \(ReleaseStatistics.standardMinimumCells) cells have agreed actions, and the actions of a few cells are their own plan",
                      nl: "leeg: minder dan \(ReleaseStatistics.standardMinimumCells) cellen hebben afgesproken acties, en de acties van enkele cellen zijn hun eigen plan"),
            "codebook.csv": say(en: "every column: class, type, description (nl, en), values", nl: "elke kolom: soort, type, beschrijving (nl, en), waarden"),
            "codebook.yaml": say(en: "the export's facts, items (scale, reverse key, weight, conditions), dimensions, cell facts, bands, figures",
                                 nl: "de gegevens van de export, items (schaal, omkering, gewicht, voorwaarden), dimensies, celfeiten, banden, cijfers"),
            "zelfscan.sqlite": say(en: "the same tables with types, keys and indexes, and export_info", nl: "dezelfde tabellen met types, sleutels en indexen, en export_info"),
        ]
    }
}
