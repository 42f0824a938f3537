import ZelfscanCore

/// The words of the improvement report, in Dutch and English; the renderers hold no text of
/// their own, so both formats and both languages say the same thing.
public struct ReportText: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    func say(_ nl: String, _ en: String) -> String { language == .en ? en : nl }

    /// Scores as people read them: one decimal, decimal comma in Dutch.
    func score(_ value: Double?) -> String {
        value.map { ScoreFormat.display($0, language: language) } ?? say("geen score", "no score")
    }

    func percent(_ share: Double?) -> String {
        share.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"
    }

    /// Two decimals for indices between 0 and 1 such as rwg.
    func decimal2(_ value: Double) -> String {
        let hundredths = Int((abs(value) * 100).rounded())
        let digits = "\(hundredths / 100)\(say(",", "."))\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        return value < 0 && hundredths > 0 ? "-" + digits : digits
    }

    func signed(_ value: Double) -> String {
        let text = ScoreFormat.display(value, language: language)
        return ScoreFormat.rounded(value) > 0 ? "+" + text : text
    }

    /// `zelfscan-rapport-2026.html` or `zelfscan-report-2026.md`.
    public func fileName(year: Int, extension ext: String) -> String {
        say("zelfscan-rapport-\(year).\(ext)", "zelfscan-report-\(year).\(ext)")
    }

    // MARK: Demo data

    /// Says what is invented: the whole cell, or only what it is compared with, so a real
    /// cell's report is never called invented.
    func syntheticBanner(cellInvented: Bool) -> String {
        cellInvented
            ? say("SYNTHETISCHE DEMODATA — verzonnen cel, leden en antwoorden. Dit zijn geen echte resultaten en geen echte benchmark.",
                  "SYNTHETIC DEMO DATA — invented cell, members and answers. These are not real results and not a real benchmark.")
            : say("SYNTHETISCHE VERGELIJKINGSDATA — de cel en haar antwoorden zijn echt; alleen de vergelijkingsgroep of de referentiecijfers zijn verzonnen en dus geen echte benchmark.",
                  "SYNTHETIC COMPARISON DATA — the cell and its answers are real; only the comparison pool or the reference figures are invented, so they are not a real benchmark.")
    }

    var syntheticShort: String { say("Synthetische demodata", "Synthetic demo data") }

    var peersSynthetic: String {
        say("De vergelijkingsgroep bevat SYNTHETISCHE demodata: geen echte benchmark.",
            "The comparison pool holds SYNTHETIC demo data: not a real benchmark.")
    }

    var figuresSynthetic: String { say("SYNTHETISCHE referentiecijfers", "SYNTHETIC reference figures") }

    // MARK: Cover

    var reportTitle: String { say("Verbeterrapport", "Improvement report") }

    func heading(_ municipality: String, _ year: Int) -> String {
        say("\(municipality) — zelfevaluatie \(year)", "\(municipality) — self-evaluation \(year)")
    }

    var coverLabels: (level: String, cluster: String, province: String, questionnaire: String, rules: String, date: String,
                      submitted: String, drafts: String, groups: String, coverage: String, dontKnow: String, overall: String) {
        (say("Niveau", "Level"), say("Belfius-cluster", "Belfius cluster"), say("Provincie", "Province"),
         say("Vragenlijst", "Questionnaire"), say("Scoreregels", "Scoring rules"), say("Datum van de gegevens", "Date of the data"),
         say("Verzonden antwoorden", "Submitted responses"), say("Nog niet verzonden (concepten)", "Not yet submitted (drafts)"),
         say("Per rolgroep", "By role group"), say("Beantwoorde stellingen", "Statements answered"),
         say("\"Weet ik niet\"", "\"Don't know\""), say("Totaalscore", "Overall score"))
    }

    func level(_ level: Workspace.Level) -> String {
        switch level {
        case .municipal: return say("gemeentelijke cel (LIVC-R)", "municipal cell (LIVC-R)")
        case .zone: return say("cel op niveau van de politiezone (ZIVC-R)", "police-zone cell (ZIVC-R)")
        }
    }

    func cluster(_ cluster: BelfiusCluster) -> String {
        "\(cluster) (\(language == .en ? cluster.group.label.en : cluster.group.label.nl))"
    }

    func questionnaire(_ title: String, _ id: String, _ version: String) -> String {
        say("\(title) (\(id), versie \(version))", "\(title) (\(id), version \(version))")
    }

    func rules(_ version: String) -> String { say("versie \(version)", "version \(version)") }

    func mergedGroups(_ n: Int, minimum: Int) -> String {
        say("kleinere rolgroepen samen (elk minder dan \(minimum)): \(n)", "smaller role groups together (each fewer than \(minimum)): \(n)")
    }

    func coverage(_ share: String, dontKnow: String) -> String {
        say("\(share) van de getoonde stellingen kreeg een antwoord op de schaal; \(dontKnow) \"weet ik niet\".",
            "\(share) of the statements shown were answered on the scale; \(dontKnow) \"don't know\".")
    }

    var coverNote: String {
        say("Scores lopen van 0 tot 100. Individuele antwoorden staan niet in dit rapport; een uitsplitsing per rolgroep verschijnt alleen waar elke groep minstens drie leden telt.",
            "Scores run from 0 to 100. Individual answers are not in this report; a breakdown by role group appears only where every group has at least three members.")
    }

    func bandSentence(_ score: String, _ band: String?) -> String {
        guard let band else { return score }
        return say("\(score) — \(band)", "\(score) — \(band)")
    }

    // MARK: Summary

    var summaryHeading: String { say("Samenvatting", "Summary") }
    var dimensionColumn: String { say("Dimensie", "Dimension") }
    var scoreColumn: String { say("Score", "Score") }
    var bandColumn: String { say("Band", "Band") }
    var peerMedianColumn: String { say("Mediaan andere cellen", "Median of other cells") }
    var strongestHeading: String { say("Drie sterkste stellingen", "Three strongest statements") }
    var weakestHeading: String { say("Drie zwakste stellingen", "Three weakest statements") }
    var disagreementHeading: String { say("Waar de cel het minst eensgezind is", "Where the cell agrees least") }
    var spreadNotShown: String {
        say("De spreiding per stelling wordt pas vanaf \(ScoringRules.minimumSpreadRespondents) antwoorden getoond: met minder zouden de leden elkaars antwoorden kunnen afleiden.",
            "The spread per statement is shown from \(ScoringRules.minimumSpreadRespondents) answers on: with fewer, members could work out each other's answers.")
    }
    var noDisagreement: String { say("Alle leden gaven op elke stelling hetzelfde antwoord.", "All members gave the same answer to every statement.") }

    func itemScoreNote(_ score: String, _ n: Int) -> String {
        say("gemiddelde \(score) (n = \(n))", "mean \(score) (n = \(n))")
    }

    func itemSpreadNote(_ sd: String, _ n: Int) -> String {
        say("spreiding sd \(sd) (n = \(n))", "spread sd \(sd) (n = \(n))")
    }

    func flaggedDimensions(_ titles: [String], threshold: String) -> String {
        say("Onenigheid (sd boven \(threshold)) bij: \(titles.joined(separator: ", ")). Bespreek samen waarom de leden zo verschillend oordelen.",
            "Disagreement (sd above \(threshold)) on: \(titles.joined(separator: ", ")). Discuss together why members judge so differently.")
    }

    var radarTitle: String { say("De vier dimensies van uw cel", "The four dimensions of your cell") }

    func radarDescription(_ parts: [String], peers: Bool) -> String {
        say("Radardiagram op een schaal van 0 tot 100 met ringen op 50 en 75 (grenzen van de banden). "
            + parts.joined(separator: "; ") + "."
            + (peers ? " De gestreepte lijn is de mediaan van de andere cellen." : ""),
            "Radar chart on a scale of 0 to 100 with rings at 50 and 75 (the band limits). "
            + parts.joined(separator: "; ") + "."
            + (peers ? " The dashed line is the median of the other cells." : ""))
    }

    var legendCell: String { say("uw cel", "your cell") }
    var legendPeers: String { say("mediaan andere cellen", "median of other cells") }
    var dataTable: String { say("Gegevens als tabel", "Data as a table") }

    // MARK: Dimensions

    /// The spread as a standard deviation only: a lowest or highest score is one member's. With
    /// fewer than four, the spread and one's own score would give the others' scores.
    func resultSentence(n: Int, sd: String?) -> String {
        guard let sd else {
            return say("Gemiddelde van \(n) leden; de spreiding wordt pas vanaf \(ScoringRules.minimumSpreadRespondents) leden getoond.",
                       "Mean of \(n) members; the spread is shown from \(ScoringRules.minimumSpreadRespondents) members on.")
        }
        return say("Gemiddelde van \(n) leden; spreiding (standaardafwijking) \(sd).",
                   "Mean of \(n) members; spread (standard deviation) \(sd).")
    }

    func unscored(_ count: Int) -> String {
        say("\(count) leden hebben hier geen score: ze beantwoordden te weinig stellingen.",
            "\(count) members have no score here: they answered too few statements.")
    }

    var peersHeading: String { say("Tegenover andere cellen", "Beside other cells") }

    func peerAvailable(scope: String, municipalities: Int, median: String, q1: String, q3: String, rank: String?) -> String {
        let rankText = rank.map { say("; uw cel staat op percentiel \($0)", "; your cell is at percentile \($0)") } ?? ""
        return say("\(scope) (\(municipalities) gemeenten): mediaan \(median), middelste helft \(q1)–\(q3)\(rankText).",
                   "\(scope) (\(municipalities) municipalities): median \(median), middle half \(q1)–\(q3)\(rankText).")
    }

    func peerTooFew(scope: String, count: Int, minimum: Int) -> String {
        say("\(scope): niet getoond, \(count) gemeenten (minstens \(minimum) nodig).",
            "\(scope): not shown, \(count) municipalities (at least \(minimum) needed).")
    }

    var allCells: String { say("Alle cellen", "All cells") }
    func group(_ name: String) -> String { say("Groep \(name)", "Group \(name)") }

    var peerNote: String {
        say("Geen rangschikking: alleen de verdeling. Percentiel = het deel van de cellen met een lagere score (gelijke scores half).",
            "Not a ranking: only the distribution. Percentile = the share of cells with a lower score (ties count half).")
    }

    var trendHeading: String { say("Verloop", "Trend") }

    func trendTitle(_ dimension: String) -> String { say("\(dimension): verloop per ronde", "\(dimension): by round") }

    func trendDescription(_ dimension: String, _ points: [String]) -> String {
        say("Lijndiagram van de score op \(dimension) per ronde, 0 tot 100, met hulplijnen op 50 en 75: \(points.joined(separator: ", ")).",
            "Line chart of the \(dimension) score per round, 0 to 100, with guide lines at 50 and 75: \(points.joined(separator: ", ")).")
    }

    var firstRound: String { say("Dit is de eerste ronde: er is nog geen verloop.", "This is the first round: there is no trend yet.") }

    func change(_ from: Int, _ to: Int, _ value: String) -> String {
        say("Van \(from) naar \(to): \(value).", "From \(from) to \(to): \(value).")
    }

    var yearColumn: String { say("Ronde", "Round") }

    var itemsHeading: String { say("Antwoorden per stelling", "Answers per statement") }

    var itemsNote: String {
        say("Elke balk loopt van het minst gunstige antwoord (links) naar het gunstigste (rechts); bij omgekeerd geformuleerde stellingen is de volgorde van de antwoorden daarom omgedraaid. Grijs is het middelste antwoord; een leeg vak met stippellijn is \"weet ik niet\" of niet beantwoord.",
            "Each bar runs from the least favourable answer (left) to the most favourable (right); for reverse-worded statements the order of the answers is therefore turned around. Grey is the middle answer; an empty box with a dotted outline is \"don't know\" or unanswered.")
    }

    func itemsTitle(_ dimension: String) -> String { say("\(dimension): antwoorden per stelling", "\(dimension): answers per statement") }

    func itemBarDescription(_ parts: [String], shown: Int) -> String {
        say("Gestapelde balk van \(shown) leden: \(parts.joined(separator: ", ")).", "Stacked bar of \(shown) members: \(parts.joined(separator: ", ")).")
    }

    var favourabilityKey: (least: String, most: String) { (say("minst gunstig", "least favourable"), say("gunstigst", "most favourable")) }

    var reverseMark: String { say("omgekeerd geformuleerd", "reverse-worded") }
    var statementColumn: String { say("Stelling", "Statement") }
    var unanswered: String { say("Niet beantwoord", "Unanswered") }
    var meanColumn: String { say("Gem.", "Mean") }
    var dontKnowColumn: String { say("Weet niet", "Don't know") }

    var agreementHeading: String { say("Eensgezindheid en rolgroepen", "Agreement and role groups") }

    func disagreementFlag(_ threshold: String) -> String {
        say("Onenigheid: de scores van de leden lopen sterk uiteen (sd boven \(threshold)). Bespreek samen waarom.",
            "Disagreement: the members' scores differ widely (sd above \(threshold)). Discuss why together.")
    }

    func agreement(_ rwg: String, _ level: AgreementIndex.Level) -> String {
        let words: String
        switch level {
        case .lack: words = say("geen eensgezindheid", "no agreement")
        case .weak: words = say("zwakke eensgezindheid", "weak agreement")
        case .moderate: words = say("matige eensgezindheid", "moderate agreement")
        case .strong: words = say("sterke eensgezindheid", "strong agreement")
        case .veryStrong: words = say("zeer sterke eensgezindheid", "very strong agreement")
        }
        return say("Eensgezindheid rwg = \(rwg): \(words) (1 = iedereen antwoordt hetzelfde, 0 = zo verspreid als bij toeval).",
                   "Agreement rwg = \(rwg): \(words) (1 = everyone answers alike, 0 = as scattered as random answering).")
    }

    func roleGroupMeans(_ parts: [String], gaps: [String]) -> String {
        say("Per rolgroep: \(parts.joined(separator: ", ")). Verschillen: \(gaps.joined(separator: ", ")).",
            "By role group: \(parts.joined(separator: ", ")). Differences: \(gaps.joined(separator: ", ")).")
    }

    func roleGroupsHidden(_ minimum: Int) -> String {
        say("Verschillen tussen rolgroepen worden niet getoond om respondenten te beschermen: elke rolgroep heeft minstens \(minimum) leden met een score nodig.",
            "Differences between role groups are not shown to protect respondents: every role group needs at least \(minimum) members with a score.")
    }

    var fewerThanTwoGroups: String {
        say("Geen vergelijking tussen rolgroepen: minder dan twee rolgroepen hebben scores.",
            "No comparison between role groups: fewer than two role groups have scores.")
    }

    func adviceHeading(_ band: String?) -> String {
        band.map { say("Verbeteracties voor de band \"\($0)\"", "Improvement actions for the band \"\($0)\"") }
            ?? say("Verbeteracties", "Improvement actions")
    }

    var noAdvice: String { say("De vragenlijst geeft voor deze band geen acties.", "The questionnaire gives no actions for this band.") }

    // MARK: Context

    var contextHeading: String { say("Uw cel naast de Vlaamse cijfers", "Your cell beside the Flemish figures") }

    var contextNote: String {
        say("De Vlaamse cijfers komen uit de VVSG-ledenbevraging 2022 en beschrijven gemeenten (antwoorden van burgemeesters); de cijfers van uw cel tellen de antwoorden van haar leden.",
            "The Flemish figures come from the VVSG member survey 2022 and describe municipalities (answers of mayors); your cell's figures count the answers of its members.")
    }

    func contextSentence(_ choice: String, members: Int, of answered: Int, figure: String?, source: String) -> String {
        let published = figure.map { say(" — \($0) van de Vlaamse gemeenten", " — \($0) of Flemish municipalities") }
            ?? say(" — geen Vlaams cijfer voor dit antwoord", " — no Flemish figure for this answer")
        return say("Uw cel: \(choice) (\(members) van \(answered) leden)\(published), \(source).",
                   "Your cell: \(choice) (\(members) of \(answered) members)\(published), \(source).")
    }

    func sourceWithN(_ source: String, _ n: Int?) -> String {
        n.map { "\(source), n = \($0)" } ?? say("\(source), n niet gepubliceerd", "\(source), n not published")
    }

    func approximately(_ percent: String) -> String { say("ca. \(percent)", "approx. \(percent)") }

    var noContextAnswers: String { say("Geen lid beantwoordde deze vraag.", "No member answered this question.") }
    var optionColumn: String { say("Antwoord", "Answer") }
    var membersColumn: String { say("Leden van uw cel", "Members of your cell") }
    var flandersColumn: String { say("Vlaamse gemeenten", "Flemish municipalities") }
    func sourceLine(_ source: String) -> String { say("Bron: \(source).", "Source: \(source).") }

    // MARK: Comments

    var commentsHeading: String { say("Opmerkingen van de leden", "Members' comments") }

    public var commentsWarning: String {
        say("Let op: vrije tekst kan personen herkenbaar maken. Deel dit rapport niet buiten de cel en haal namen weg voor u het bespreekt.",
            "Note: free text can identify people. Do not share this report outside the cell, and remove names before discussing it.")
    }

    var noComments: String { say("Geen leden lieten een opmerking na.", "No members left a comment.") }

    // MARK: Action plan

    var actionPlanHeading: String { say("Actieplan", "Action plan") }

    var actionPlanNote: String {
        say("Vul dit plan samen in tijdens de evaluatievergadering. Het is vooraf ingevuld met de voorgestelde acties voor de zwakste dimensies; schrap, pas aan en vul aan.",
            "Fill in this plan together in the evaluation meeting. It is pre-filled with the suggested actions for the weakest dimensions; strike out, adapt and add.")
    }

    var actionColumns: (dimension: String, action: String, owner: String, deadline: String) {
        (say("Dimensie", "Dimension"), say("Actie", "Action"), say("Wie", "Owner"), say("Tegen wanneer", "Deadline"))
    }

    // MARK: Method

    var methodHeading: String { say("Hoe de cijfers berekend zijn", "How the figures are computed") }

    func method(bands: [Band], rules: ScoringRules, n: Int, rulesVersion: String) -> [String] {
        let bandText = bands.map { band in
            "\(band.label.text(language)) \(NumberText.format(band.from))–\(NumberText.format(band.to))"
        }.joined(separator: ", ")
        return [
            say("Scores. Elk antwoord wordt een itemscore van 0 (minst gunstig) tot 100 (gunstigst); bij omgekeerd geformuleerde stellingen wordt de schaal eerst omgedraaid. De score van een lid op een dimensie is het gewogen gemiddelde van zijn beantwoorde stellingen. \"Weet ik niet\" en overgeslagen stellingen tellen niet mee.",
                "Scores. Every answer becomes an item score from 0 (least favourable) to 100 (most favourable); for reverse-worded statements the scale is turned around first. A member's score on a dimension is the weighted mean of the statements they answered. \"Don't know\" and skipped statements do not count."),
            say("Dekking. Een lid krijgt alleen een score op een dimensie als het minstens 60% van het gewicht van de getoonde stellingen beantwoordde; anders is er \"onvoldoende gegevens\", nooit 0.",
                "Coverage. A member only gets a score on a dimension after answering at least 60% of the weight of the statements shown; otherwise the result is \"insufficient data\", never 0."),
            say("Celscore. Het gemiddelde van de scores van de leden, op basis van \(n) verzonden antwoorden; concepten tellen niet mee. Een cel met minder dan \(ScoringRules.minimumCellRespondents) verzonden antwoorden krijgt geen rapport.",
                "Cell score. The mean of the members' scores, based on \(n) submitted responses; drafts do not count. A cell with fewer than \(ScoringRules.minimumCellRespondents) submitted responses gets no report."),
            say("Banden. \(bandText). De band volgt de niet-afgeronde score; getoonde scores zijn afgerond op één decimaal.",
                "Bands. \(bandText). The band follows the unrounded score; scores shown are rounded to one decimal."),
            say("Onenigheid. Een standaardafwijking (sd) boven \(NumberText.format(rules.disagreementThreshold)) wordt gemeld als onenigheid. De eensgezindheidsindex rwg vergelijkt de spreiding met willekeurig antwoorden: 1 is volledige eensgezindheid, 0 niet meer dan toeval.",
                "Disagreement. A standard deviation (sd) above \(NumberText.format(rules.disagreementThreshold)) is reported as disagreement. The agreement index rwg compares the spread with random answering: 1 is full agreement, 0 no more than chance."),
            say("Rolgroepen. Gemiddelden per rolgroep verschijnen alleen als elke vergeleken groep minstens \(rules.minimumRoleGroupSize) leden met een score telt.",
                "Role groups. Means per role group appear only when every group compared has at least \(rules.minimumRoleGroupSize) members with a score."),
            say("Andere cellen. Alleen cellen met dezelfde vragenlijstversie en ronde; elke gemeente telt één keer; mediaan en kwartielen (type 7) en het percentiel van uw cel, alleen waar minstens \(rules.minimumPeerMunicipalities) gemeenten bijdragen. Nooit een rangschikking.",
                "Other cells. Only cells with the same questionnaire version and round; each municipality counts once; median and quartiles (type 7) and your cell's percentile, only where at least \(rules.minimumPeerMunicipalities) municipalities contribute. Never a ranking."),
            say("Referentiecijfers. Telkens met bron, tabel of figuur en n. De regels staan volledig in docs/scoring.md (scoreregels versie \(rulesVersion)).",
                "Reference figures. Always with source, table or figure and n. The rules are set out in full in docs/scoring.md (scoring rules version \(rulesVersion))."),
        ]
    }

    // MARK: Errors

    func tooFewRespondents(_ municipality: String, _ year: Int, _ submitted: Int, _ minimum: Int) -> String {
        say("geen rapport voor \(municipality) \(year): \(submitted) verzonden antwoorden, minstens \(minimum) nodig om individuele antwoorden te beschermen",
            "no report for \(municipality) \(year): \(submitted) submitted responses, at least \(minimum) are needed to protect individual answers")
    }

    var tooFewHint: String {
        say("vraag meer leden om te antwoorden met zelfscan take; wie al verzond, ziet u met zelfscan status",
            "ask more members to answer with zelfscan take; see who has submitted with zelfscan status")
    }
}
