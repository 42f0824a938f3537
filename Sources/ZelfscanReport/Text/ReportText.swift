import ZelfscanCore

/// The words of the improvement report, in Dutch and English; the renderers hold no text of
/// their own, so both formats and both languages say the same thing.
public struct ReportText: Sendable, PhraseBook {
    public let language: Language
    /// What the questionnaire calls the group ("de cel", "het partnerschap"); neutral by default.
    public let group: GroupNoun

    public init(language: Language, group: GroupNoun = .neutral) {
        self.language = language
        self.group = group
    }

    /// "cellen" / "cells": the questionnaire's plural.
    var groups: String { group.plural(language) }

    /// Scores as people read them: one decimal, decimal comma in Dutch.
    func score(_ value: Double?) -> String {
        value.map { ScoreFormat.display($0, language: language) } ?? say(en: "no score", nl: "geen score")
    }

    /// A round on the trend table: its score; for a round on another version its own mean with
    /// the version and that it does not compare, never "no score" for a round that has one.
    func trendScore(_ point: DimensionSection.TrendPoint) -> String {
        guard point.mean == nil, let other = point.otherVersion else { return score(point.mean) }
        guard let mean = other.mean else {
            guard other.asked else { return say(en: "not asked in version \(other.version)", nl: "niet gevraagd in versie \(other.version)") }
            return say(en: "no score (version \(other.version))", nl: "geen score (versie \(other.version))")
        }
        return say(en: "\(score(mean)) (version \(other.version), not comparable)", nl: "\(score(mean)) (versie \(other.version), niet vergelijkbaar)")
    }

    func percent(_ share: Double?) -> String {
        share.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"
    }

    /// Two decimals for indices between 0 and 1 such as rwg.
    func decimal2(_ value: Double) -> String {
        let hundredths = Int((abs(value) * 100).rounded())
        let digits = "\(hundredths / 100)\(say(en: ".", nl: ","))\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        return value < 0 && hundredths > 0 ? "-" + digits : digits
    }

    func signed(_ value: Double) -> String {
        let text = ScoreFormat.display(value, language: language)
        return ScoreFormat.rounded(value) > 0 ? "+" + text : text
    }

    /// `zelfscan-rapport-2026.html` or `zelfscan-report-2026.md`.
    public func fileName(year: Int, extension ext: String) -> String {
        say(en: "zelfscan-report-\(year).\(ext)", nl: "zelfscan-rapport-\(year).\(ext)")
    }

    // MARK: Demo data

    /// Says what is invented: the whole cell, or only what it is compared with, so a real
    /// cell's report is never called invented.
    func syntheticBanner(cellInvented: Bool) -> String {
        cellInvented
            ? say(en: "SYNTHETIC DEMO DATA — invented municipality, members and answers. These are not real results and not a real benchmark.",
                  nl: "SYNTHETISCHE DEMODATA — verzonnen gemeente, leden en antwoorden. Dit zijn geen echte resultaten en geen echte benchmark.")
            : say(en: "SYNTHETIC COMPARISON DATA — the members and their answers are real; only the comparison pool or the reference figures are invented, so they are not a real benchmark.",
                  nl: "SYNTHETISCHE VERGELIJKINGSDATA — de leden en hun antwoorden zijn echt; alleen de vergelijkingsgroep of de referentiecijfers zijn verzonnen en dus geen echte benchmark.")
    }

    var syntheticShort: String { say(en: "Synthetic demo data", nl: "Synthetische demodata") }

    var peersSynthetic: String {
        say(en: "The comparison pool holds SYNTHETIC demo data: not a real benchmark.",
            nl: "De vergelijkingsgroep bevat SYNTHETISCHE demodata: geen echte benchmark.")
    }

    var figuresSynthetic: String { say(en: "SYNTHETIC reference figures", nl: "SYNTHETISCHE referentiecijfers") }

    // MARK: Cover

    var reportTitle: String { say(en: "Improvement report", nl: "Verbeterrapport") }

    func heading(_ municipality: String, _ year: Int) -> String {
        say(en: "\(municipality) — self-evaluation \(year)", nl: "\(municipality) — zelfevaluatie \(year)")
    }

    var coverLabels: (level: String, cluster: String, province: String, questionnaire: String, rules: String, date: String,
                      submitted: String, drafts: String, groups: String, coverage: String, dontKnow: String, overall: String) {
        (say(en: "Level", nl: "Niveau"), say(en: "Belfius cluster", nl: "Belfius-cluster"), say(en: "Province", nl: "Provincie"),
         say(en: "Questionnaire", nl: "Vragenlijst"), say(en: "Scoring rules", nl: "Scoreregels"), say(en: "Date of the data", nl: "Datum van de gegevens"),
         say(en: "Submitted responses", nl: "Verzonden antwoorden"), say(en: "Not yet submitted (drafts)", nl: "Nog niet verzonden (concepten)"),
         say(en: "By role group", nl: "Per rolgroep"), say(en: "Statements answered", nl: "Beantwoorde stellingen"),
         say(en: "\"Don't know\"", nl: "\"Weet ik niet\""), say(en: "Overall score", nl: "Totaalscore"))
    }

    func level(_ level: Workspace.Level) -> String {
        switch level {
        case .municipal: return say(en: "municipality", nl: "gemeente")
        case .zone: return say(en: "police zone", nl: "politiezone")
        }
    }

    func cluster(_ cluster: BelfiusCluster) -> String {
        "\(cluster) (\(cluster.group.label.text(language)))"
    }

    func questionnaire(_ title: String, _ id: String, _ version: String) -> String {
        say(en: "\(title) (\(id), version \(version))", nl: "\(title) (\(id), versie \(version))")
    }

    func rules(_ version: String) -> String { say(en: "version \(version)", nl: "versie \(version)") }

    func mergedAnswers(_ minimum: Int) -> String {
        say(en: "other answers together (each fewer than \(minimum))", nl: "andere antwoorden samen (elk minder dan \(minimum))")
    }

    func mergedGroups(_ n: Int, minimum: Int) -> String {
        say(en: "smaller role groups together (each fewer than \(minimum)): \(n)", nl: "kleinere rolgroepen samen (elk minder dan \(minimum)): \(n)")
    }

    /// `labels`: the questionnaire's own words for answers off the scale.
    func coverage(_ share: String, dontKnow: String, labels: [String]) -> String {
        guard !labels.isEmpty else {
            return say(en: "\(share) of the statements shown were answered on the scale.", nl: "\(share) van de getoonde stellingen kreeg een antwoord op de schaal.")
        }
        return say(en: "\(share) of the statements shown were answered on the scale; \(dontKnow) \(alternatives(labels)).",
                   nl: "\(share) van de getoonde stellingen kreeg een antwoord op de schaal; \(dontKnow) \(alternatives(labels)).")
    }

    /// "\"A\", \"B\" of \"C\"".
    func alternatives(_ words: [String]) -> String {
        let quoted = words.map { "\"\($0)\"" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + say(en: " or ", nl: " of ") + quoted[quoted.count - 1]
    }

    var coverNote: String {
        say(en: "Scores run from 0 to 100. Individual answers are not in this report; a breakdown by role group appears only where every group has at least three members.",
            nl: "Scores lopen van 0 tot 100. Individuele antwoorden staan niet in dit rapport; een uitsplitsing per rolgroep verschijnt alleen waar elke groep minstens drie leden telt.")
    }

    func bandSentence(_ score: String, _ band: String?) -> String {
        guard let band else { return score }
        return say(en: "\(score) — \(band)", nl: "\(score) — \(band)")
    }

    // MARK: Summary

    var summaryHeading: String { say(en: "Summary", nl: "Samenvatting") }
    var dimensionColumn: String { say(en: "Dimension", nl: "Dimensie") }
    var scoreColumn: String { say(en: "Score", nl: "Score") }
    var bandColumn: String { say(en: "Band", nl: "Niveau") }
    var peerMedianColumn: String { say(en: "Median of other \(groups)", nl: "Mediaan andere \(groups)") }
    var strongestHeading: String { say(en: "Three strongest statements", nl: "Drie sterkste stellingen") }
    var weakestHeading: String { say(en: "Three weakest statements", nl: "Drie zwakste stellingen") }
    var disagreementHeading: String { say(en: "Where the members agree least", nl: "Waar de leden het minst eensgezind zijn") }
    var spreadNotShown: String {
        say(en: "The spread per statement is shown from \(ScoringRules.minimumSpreadRespondents) answers on: with fewer, members could work out each other's answers.",
            nl: "De spreiding per stelling wordt pas vanaf \(ScoringRules.minimumSpreadRespondents) antwoorden getoond: met minder zouden de leden elkaars antwoorden kunnen afleiden.")
    }
    var noDisagreement: String { say(en: "All members gave the same answer to every statement.", nl: "Alle leden gaven op elke stelling hetzelfde antwoord.") }

    func itemScoreNote(_ score: String, _ n: Int) -> String {
        say(en: "mean \(score) (n = \(n))", nl: "gemiddelde \(score) (n = \(n))")
    }

    func itemSpreadNote(_ sd: String, _ n: Int) -> String {
        say(en: "spread sd \(sd) (n = \(n))", nl: "spreiding sd \(sd) (n = \(n))")
    }

    func flaggedDimensions(_ titles: [String], threshold: String) -> String {
        say(en: "Disagreement (sd above \(threshold)) on: \(titles.joined(separator: ", ")). Discuss together why members judge so differently.",
            nl: "Onenigheid (sd boven \(threshold)) bij: \(titles.joined(separator: ", ")). Bespreek samen waarom de leden zo verschillend oordelen.")
    }

    var radarTitle: String { say(en: "Your scores per dimension", nl: "Uw scores per dimensie") }

    func radarDescription(_ parts: [String], peers: Bool) -> String {
        say(en: "Radar chart on a scale of 0 to 100 with rings at 50 and 75 (the band limits). "
            + parts.joined(separator: "; ") + "."
            + (peers ? " The dashed line is the median of the other \(groups)." : ""),
            nl: "Radardiagram op een schaal van 0 tot 100 met ringen op 50 en 75 (grenzen van de niveaus). "
            + parts.joined(separator: "; ") + "."
            + (peers ? " De gestreepte lijn is de mediaan van de andere \(groups)." : ""))
    }

    var legendCell: String { say(en: "your scores", nl: "uw scores") }
    var legendPeers: String { say(en: "median of other \(groups)", nl: "mediaan andere \(groups)") }
    var dataTable: String { say(en: "Data as a table", nl: "Gegevens als tabel") }

    // MARK: Dimensions

    /// The spread as a standard deviation only: a lowest or highest score is one member's. With
    /// fewer than four, the spread and one's own score would give the others' scores.
    func resultSentence(n: Int, sd: String?) -> String {
        guard let sd else {
            return say(en: "Mean of \(n) members; the spread is shown from \(ScoringRules.minimumSpreadRespondents) members on.",
                       nl: "Gemiddelde van \(n) leden; de spreiding wordt pas vanaf \(ScoringRules.minimumSpreadRespondents) leden getoond.")
        }
        return say(en: "Mean of \(n) members; spread (standard deviation) \(sd).",
                   nl: "Gemiddelde van \(n) leden; spreiding (standaardafwijking) \(sd).")
    }

    /// Why a dimension asked of part of the cell has no score, without saying how few were asked:
    /// with one or two, colleagues would know who.
    func askedTooFew(_ askedOf: String?, _ minimum: Int) -> String {
        guard let askedOf else {
            return say(en: "Not shown: fewer than \(minimum) members were asked these statements.",
                       nl: "Niet getoond: minder dan \(minimum) leden kregen deze stellingen.")
        }
        return say(en: "Not shown: asked only of \(askedOf), and there were fewer than \(minimum).",
                   nl: "Niet getoond: alleen gevraagd aan \(askedOf), en dat waren er minder dan \(minimum).")
    }

    /// A dimension's title in the summary table when it is not part of the overall score.
    func scoredApart(_ title: String) -> String {
        say(en: "\(title) (not in the overall score)", nl: "\(title) (telt niet mee in het totaal)")
    }

    /// A dimension scored on its own (`overall: false`).
    func outsideOverall(_ askedOf: String?) -> String {
        guard let askedOf else {
            return say(en: "Scored on its own: this dimension is not part of the overall score.",
                       nl: "Apart gescoord: deze dimensie telt niet mee in de totaalscore.")
        }
        return say(en: "Asked only of \(askedOf), so scored on its own: this dimension is not part of the overall score.",
                   nl: "Alleen gevraagd aan \(askedOf), dus apart gescoord: deze dimensie telt niet mee in de totaalscore.")
    }

    func unscored(_ count: Int) -> String {
        say(en: "\(count) members have no score here: they answered too few statements.",
            nl: "\(count) leden hebben hier geen score: ze beantwoordden te weinig stellingen.")
    }

    var peersHeading: String { say(en: "Beside other \(groups)", nl: "Tegenover andere \(groups)") }

    func peerAvailable(scope: String, municipalities: Int, median: String, q1: String, q3: String, rank: String?) -> String {
        let rankText = rank.map { say(en: "; you are at percentile \($0)", nl: "; u staat op percentiel \($0)") } ?? ""
        return say(en: "\(scope) (\(municipalities) other municipalities): median \(median), middle half \(q1)–\(q3)\(rankText).",
                   nl: "\(scope) (\(municipalities) andere gemeenten): mediaan \(median), middelste helft \(q1)–\(q3)\(rankText).")
    }

    func peerTooFew(scope: String, count: Int, minimum: Int) -> String {
        say(en: "\(scope): not shown, \(count) other municipalities (at least \(minimum) needed).",
            nl: "\(scope): niet getoond, \(count) andere gemeenten (minstens \(minimum) nodig).")
    }

    var allCells: String { say(en: "All \(groups)", nl: "Alle \(groups)") }
    func group(_ name: String) -> String { say(en: "Group \(name)", nl: "Groep \(name)") }

    var peerNote: String {
        say(en: "Not a ranking: only the distribution. Percentile = the share of the other \(groups) with a lower score (ties count half).",
            nl: "Geen rangschikking: alleen de verdeling. Percentiel = het deel van de andere \(groups) met een lagere score (gelijke scores half).")
    }

    var trendHeading: String { say(en: "Trend", nl: "Verloop") }

    func trendTitle(_ dimension: String) -> String { say(en: "\(dimension): by round", nl: "\(dimension): verloop per ronde") }

    func trendDescription(_ dimension: String, _ points: [String]) -> String {
        say(en: "Line chart of the \(dimension) score per round, 0 to 100, with guide lines at 50 and 75: \(points.joined(separator: ", ")).",
            nl: "Lijndiagram van de score op \(dimension) per ronde, 0 tot 100, met hulplijnen op 50 en 75: \(points.joined(separator: ", ")).")
    }

    var firstRound: String { say(en: "This is the first round: there is no trend yet.", nl: "Dit is de eerste ronde: er is nog geen verloop.") }

    func change(_ from: Int, _ to: Int, _ value: String) -> String {
        say(en: "From \(from) to \(to): \(value).", nl: "Van \(from) naar \(to): \(value).")
    }

    var yearColumn: String { say(en: "Round", nl: "Ronde") }

    var itemsHeading: String { say(en: "Answers per statement", nl: "Antwoorden per stelling") }

    var itemsNote: String {
        say(en: "Each bar runs from the least favourable answer (left) to the most favourable (right); for reverse-worded statements the order of the answers is therefore turned around. Grey is the middle answer; an empty box with a dotted outline is an answer off the scale or unanswered.",
            nl: "Elke balk loopt van het minst gunstige antwoord (links) naar het gunstigste (rechts); bij omgekeerd geformuleerde stellingen is de volgorde van de antwoorden daarom omgedraaid. Grijs is het middelste antwoord; een leeg vak met stippellijn is een antwoord buiten de schaal of niet beantwoord.")
    }

    func itemsTitle(_ dimension: String) -> String { say(en: "\(dimension): answers per statement", nl: "\(dimension): antwoorden per stelling") }

    func itemBarDescription(_ parts: [String], shown: Int) -> String {
        say(en: "Stacked bar of \(shown) members: \(parts.joined(separator: ", ")).", nl: "Gestapelde balk van \(shown) leden: \(parts.joined(separator: ", ")).")
    }

    var favourabilityKey: (least: String, most: String) { (say(en: "least favourable", nl: "minst gunstig"), say(en: "most favourable", nl: "gunstigst")) }

    var reverseMark: String { say(en: "reverse-worded", nl: "omgekeerd geformuleerd") }
    var statementColumn: String { say(en: "Statement", nl: "Stelling") }
    var unanswered: String { say(en: "Unanswered", nl: "Niet beantwoord") }
    var meanColumn: String { say(en: "Mean", nl: "Gem.") }
    /// The column of answers off the scale, for a scale that names none of its own.
    var dontKnowColumn: String { say(en: "Off the scale", nl: "Buiten de schaal") }

    var agreementHeading: String { say(en: "Agreement and role groups", nl: "Eensgezindheid en rolgroepen") }

    func disagreementFlag(_ threshold: String) -> String {
        say(en: "Disagreement: the members' scores differ widely (sd above \(threshold)). Discuss why together.",
            nl: "Onenigheid: de scores van de leden lopen sterk uiteen (sd boven \(threshold)). Bespreek samen waarom.")
    }

    func agreement(_ rwg: String, _ level: AgreementIndex.Level) -> String {
        let words: String
        switch level {
        case .lack: words = say(en: "no agreement", nl: "geen eensgezindheid")
        case .weak: words = say(en: "weak agreement", nl: "zwakke eensgezindheid")
        case .moderate: words = say(en: "moderate agreement", nl: "matige eensgezindheid")
        case .strong: words = say(en: "strong agreement", nl: "sterke eensgezindheid")
        case .veryStrong: words = say(en: "very strong agreement", nl: "zeer sterke eensgezindheid")
        }
        return say(en: "Agreement rwg = \(rwg): \(words) (1 = everyone answers alike, 0 = as scattered as random answering).",
                   nl: "Eensgezindheid rwg = \(rwg): \(words) (1 = iedereen antwoordt hetzelfde, 0 = zo verspreid als bij toeval).")
    }

    func roleGroupMeans(_ parts: [String], gaps: [String]) -> String {
        say(en: "By role group: \(parts.joined(separator: ", ")). Differences: \(gaps.joined(separator: ", ")).",
            nl: "Per rolgroep: \(parts.joined(separator: ", ")). Verschillen: \(gaps.joined(separator: ", ")).")
    }

    func roleGroupsHidden(_ minimum: Int) -> String {
        say(en: "Differences between role groups are not shown to protect respondents: every role group needs at least \(minimum) members with a score.",
            nl: "Verschillen tussen rolgroepen worden niet getoond om respondenten te beschermen: elke rolgroep heeft minstens \(minimum) leden met een score nodig.")
    }

    var fewerThanTwoGroups: String {
        say(en: "No comparison between role groups: fewer than two role groups have scores.",
            nl: "Geen vergelijking tussen rolgroepen: minder dan twee rolgroepen hebben scores.")
    }

    func adviceHeading(_ band: String?) -> String {
        band.map { say(en: "Improvement actions for the band \"\($0)\"", nl: "Verbeteracties voor het niveau \"\($0)\"") }
            ?? say(en: "Improvement actions", nl: "Verbeteracties")
    }

    var noAdvice: String { say(en: "The questionnaire gives no actions for this band.", nl: "De vragenlijst geeft voor dit niveau geen acties.") }

    // MARK: Context

    var contextHeading: String { say(en: "Your answers beside the published figures", nl: "Uw antwoorden naast de gepubliceerde cijfers") }

    /// `sourceNotes`: what the reference files say of whom they surveyed.
    func contextNote(_ sourceNotes: [String]) -> String {
        ([say(en: "The published figures describe whom the source named at each question surveyed; your figures count the answers of your members.",
              nl: "De gepubliceerde cijfers beschrijven wie de bron bij elke vraag bevroeg; uw cijfers tellen de antwoorden van uw leden.")]
            + sourceNotes).joined(separator: " ")
    }

    func contextSentence(_ choice: String, members: Int, of answered: Int, figure: String?, source: String) -> String {
        let published = figure.map { say(en: " — \($0) of Flemish municipalities", nl: " — \($0) van de Vlaamse gemeenten") }
            ?? say(en: " — no Flemish figure for this answer", nl: " — geen Vlaams cijfer voor dit antwoord")
        return say(en: "Your members: \(choice) (\(members) of \(answered) members)\(published), \(source).",
                   nl: "Uw leden: \(choice) (\(members) van \(answered) leden)\(published), \(source).")
    }

    func sourceWithN(_ source: String, _ n: Int?) -> String {
        n.map { "\(source), n = \($0)" } ?? say(en: "\(source), n not published", nl: "\(source), n niet gepubliceerd")
    }

    func approximately(_ percent: String) -> String { say(en: "approx. \(percent)", nl: "ca. \(percent)") }

    var noContextAnswers: String { say(en: "No member answered this question.", nl: "Geen lid beantwoordde deze vraag.") }

    /// A fact its role has not given, in the role's own label from the questionnaire ("Coördinator").
    func openFact(_ open: ContextEntry.OpenFact) -> String {
        let role = open.role.lowercased()
        if let missing = open.missing {
            return say(en: "The \(role) answered this question with “\(missing)”.", nl: "De \(role) beantwoordde deze vraag met “\(missing)”.")
        }
        return say(en: "The \(role) has not answered this question (yet).", nl: "De \(role) beantwoordde deze vraag (nog) niet.")
    }
    var optionColumn: String { say(en: "Answer", nl: "Antwoord") }
    var membersColumn: String { say(en: "Your members", nl: "Uw leden") }
    var flandersColumn: String { say(en: "Flemish municipalities", nl: "Vlaamse gemeenten") }
    func sourceLine(_ source: String) -> String { say(en: "Source: \(source).", nl: "Bron: \(source).") }

    // MARK: Comments

    var commentsHeading: String { say(en: "Members' comments", nl: "Opmerkingen van de leden") }

    public var commentsWarning: String {
        say(en: "Note: free text can identify people. Do not share this report outside \(group.definite(.en)), and remove names before discussing it.",
            nl: "Let op: vrije tekst kan personen herkenbaar maken. Deel dit rapport niet buiten \(group.definite(.nl)) en haal namen weg voor u het bespreekt.")
    }

    var noComments: String { say(en: "No members left a comment.", nl: "Geen leden lieten een opmerking na.") }

    // MARK: Action plan

    var actionPlanHeading: String { say(en: "Action plan", nl: "Actieplan") }

    var actionPlanNote: String {
        say(en: "Fill in this plan together in the evaluation meeting. It is pre-filled with the suggested actions for the weakest dimensions; strike out, adapt and add.",
            nl: "Vul dit plan samen in tijdens de evaluatievergadering. Het is vooraf ingevuld met de voorgestelde acties voor de zwakste dimensies; schrap, pas aan en vul aan.")
    }

    var actionColumns: (dimension: String, action: String, owner: String, deadline: String) {
        (say(en: "Dimension", nl: "Dimensie"), say(en: "Action", nl: "Actie"), say(en: "Owner", nl: "Wie"), say(en: "Deadline", nl: "Tegen wanneer"))
    }

    // MARK: Method

    var methodHeading: String { say(en: "How the figures are computed", nl: "Hoe de cijfers berekend zijn") }

    func method(bands: [Band], rules: ScoringRules, n: Int, rulesVersion: String, coverage: [CoverageRule], nonSubstantive: [String]) -> [String] {
        let bandText = bands.map { BandRange(language: language).label($0, in: bands) }.joined(separator: "; ")
        let offScale = nonSubstantive.isEmpty ? say(en: "Skipped statements do", nl: "Overgeslagen stellingen tellen")
            : say(en: "Answers off the scale (\(alternatives(nonSubstantive))) and skipped statements do",
                  nl: "Antwoorden buiten de schaal (\(alternatives(nonSubstantive))) en overgeslagen stellingen tellen")
        return [
            say(en: "Scores. Every answer becomes an item score from 0 (least favourable) to 100 (most favourable); for reverse-worded statements the scale is turned around first. A member's score on a dimension is the weighted mean of the statements they answered. \(offScale) not count.",
                nl: "Scores. Elk antwoord wordt een itemscore van 0 (minst gunstig) tot 100 (gunstigst); bij omgekeerd geformuleerde stellingen wordt de schaal eerst omgedraaid. De score van een lid op een dimensie is het gewogen gemiddelde van zijn beantwoorde stellingen. \(offScale) niet mee."),
            coverageRule(coverage),
            say(en: "Cell score. The mean of the members' scores, based on \(n) submitted responses; drafts do not count. A round with fewer than \(ScoringRules.minimumCellRespondents) submitted responses gets no report.",
                nl: "Celscore. Het gemiddelde van de scores van de leden, op basis van \(n) verzonden antwoorden; concepten tellen niet mee. Een ronde met minder dan \(ScoringRules.minimumCellRespondents) verzonden antwoorden krijgt geen rapport."),
            say(en: "Bands. \(bandText). The band follows the unrounded score; scores shown are rounded to one decimal.",
                nl: "Niveaus. \(bandText). Het niveau volgt de niet-afgeronde score; getoonde scores zijn afgerond op één decimaal."),
            say(en: "Disagreement. A standard deviation (sd) above \(language.number(rules.disagreementThreshold)) is reported as disagreement. The agreement index rwg compares the spread with random answering: 1 is full agreement, 0 no more than chance.",
                nl: "Onenigheid. Een standaardafwijking (sd) boven \(language.number(rules.disagreementThreshold)) wordt gemeld als onenigheid. De eensgezindheidsindex rwg vergelijkt de spreiding met willekeurig antwoorden: 1 is volledige eensgezindheid, 0 niet meer dan toeval."),
            say(en: "Role groups. Means per role group appear only when every group compared has at least \(rules.minimumRoleGroupSize) members with a score.",
                nl: "Rolgroepen. Gemiddelden per rolgroep verschijnen alleen als elke vergeleken groep minstens \(rules.minimumRoleGroupSize) leden met een score telt."),
            say(en: "Other \(groups). Only \(groups) with the same questionnaire version and round; each other municipality counts once, not your own; median and quartiles (type 7) and your percentile, only where at least \(rules.minimumPeerMunicipalities) municipalities contribute. Never a ranking.",
                nl: "Andere \(groups). Alleen \(groups) met dezelfde vragenlijstversie en ronde; elke andere gemeente telt één keer, uw eigen gemeente niet; mediaan en kwartielen (type 7) en uw percentiel, alleen waar minstens \(rules.minimumPeerMunicipalities) gemeenten bijdragen. Nooit een rangschikking."),
            say(en: "Reference figures. Always with source, table or figure and n. The rules are set out in full in docs/scoring.md (scoring rules version \(rulesVersion)).",
                nl: "Referentiecijfers. Telkens met bron, tabel of figuur en n. De regels staan volledig in docs/scoring.md (scoreregels versie \(rulesVersion))."),
        ]
    }

    /// The questionnaire's own `min_coverage`: one share for all dimensions, or each dimension's.
    func coverageRule(_ rules: [CoverageRule]) -> String {
        let percent = { (share: Double) in language.decimal(NumberText.format((share * 1000).rounded() / 10)) + "%" }
        let shares = Set(rules.map(\.share))
        let needed: String
        if shares.count == 1, let share = shares.first {
            needed = say(en: "at least \(percent(share)) of the weight of the statements shown",
                         nl: "minstens \(percent(share)) van het gewicht van de getoonde stellingen beantwoordde")
        } else {
            let each = rules.map { "\($0.dimension) \(percent($0.share))" }.joined(separator: ", ")
            needed = say(en: "at least this share of the weight of the statements shown: \(each)",
                         nl: "minstens dit deel van het gewicht van de getoonde stellingen beantwoordde: \(each)")
        }
        return say(en: "Coverage. A member only gets a score on a dimension after answering \(needed); otherwise the result is \"insufficient data\", never 0.",
                   nl: "Dekking. Een lid krijgt alleen een score op een dimensie als het \(needed); anders is er \"onvoldoende gegevens\", nooit 0.")
    }

    // MARK: Errors

    func tooFewRespondents(_ municipality: String, _ year: Int, _ submitted: Int, _ minimum: Int) -> String {
        say(en: "no report for \(municipality) \(year): \(submitted) submitted responses, at least \(minimum) are needed to protect individual answers",
            nl: "geen rapport voor \(municipality) \(year): \(submitted) verzonden antwoorden, minstens \(minimum) nodig om individuele antwoorden te beschermen")
    }

    var tooFewHint: String {
        say(en: "ask more members to answer with zelfscan take; see who has submitted with zelfscan status",
            nl: "vraag meer leden om te antwoorden met zelfscan take; wie al verzond, ziet u met zelfscan status")
    }
}
