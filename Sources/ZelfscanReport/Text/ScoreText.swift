import ZelfscanCore

/// The words of the score summary, in Dutch and English.
public struct ScoreText: Sendable, PhraseBook {
    public let language: Language
    /// What the questionnaire calls the group ("de cel", "het partnerschap"); neutral by default.
    public let group: GroupNoun

    public init(language: Language, group: GroupNoun = .neutral) {
        self.language = language
        self.group = group
    }

    /// "cellen" / "cells": the questionnaire's plural.
    var groups: String { group.plural(language) }

    var synthetic: String {
        say(en: "SYNTHETIC DEMO DATA: invented \(groups) and answers, not real results.",
            nl: "SYNTHETISCHE DEMODATA: verzonnen \(groups) en antwoorden, geen echte resultaten.")
    }

    func heading(_ municipality: String, _ year: Int, _ questionnaire: String, _ rules: String) -> String {
        say(en: "\(municipality): round \(year) · questionnaire \(questionnaire) · scoring rules version \(rules)",
            nl: "\(municipality): ronde \(year) · vragenlijst \(questionnaire) · scoreregels versie \(rules)")
    }

    func basis(_ n: Int) -> String {
        say(en: "Based on \(n) submitted responses; scores on 0 to 100.", nl: "Op basis van \(n) verzonden antwoorden; scores op 0 tot 100.")
    }

    func hidden(_ n: Int, _ minimum: Int) -> String {
        say(en: "Cell result hidden: \(n) submitted responses, at least \(minimum) needed to protect individual answers.",
            nl: "Celresultaat verborgen: \(n) verzonden antwoorden, minstens \(minimum) nodig om individuele antwoorden te beschermen.")
    }

    /// No lowest–highest column: each end is one member's score.
    var columns: (dimension: String, n: String, mean: String, sd: String, band: String) {
        (say(en: "Dimension", nl: "Dimensie"), "n", say(en: "mean", nl: "gem."), "sd", say(en: "band", nl: "niveau"))
    }

    var withheld: String { say(en: "not shown (fewer than 3 scores)", nl: "niet getoond (minder dan 3 scores)") }

    /// Why a dimension asked of part of the cell has no score, without saying how few were asked.
    func askedTooFew(_ askedOf: String?, _ minimum: Int) -> String {
        guard let askedOf else {
            return say(en: "not shown: fewer than \(minimum) members were asked these statements",
                       nl: "niet getoond: minder dan \(minimum) leden kregen deze stellingen")
        }
        return say(en: "not shown: asked only of \(askedOf), and there were fewer than \(minimum)",
                   nl: "niet getoond: alleen gevraagd aan \(askedOf), en dat waren er minder dan \(minimum)")
    }

    /// A dimension scored on its own, outside the overall score.
    func outsideOverall(_ title: String, _ askedOf: String?) -> String {
        guard let askedOf else {
            return say(en: "\(title): scored on its own, not part of the overall score.",
                       nl: "\(title): apart gescoord, telt niet mee in het totaal.")
        }
        return say(en: "\(title): asked only of \(askedOf); scored on its own, not part of the overall score.",
                   nl: "\(title): alleen gevraagd aan \(askedOf); apart gescoord, telt niet mee in het totaal.")
    }

    var overall: String { say(en: "Overall", nl: "Totaal") }
    var noScore: String { say(en: "no score", nl: "geen score") }

    func unscored(_ count: Int) -> String {
        say(en: "\(count) without a score (too little answered)", nl: "\(count) zonder score (te weinig beantwoord)")
    }

    func disagreementNote(_ threshold: String) -> String {
        say(en: "! disagreement: the scores differ widely (sd above \(threshold)); discuss why together.",
            nl: "! onenigheid: de scores lopen sterk uiteen (sd boven \(threshold)); bespreek samen waarom.")
    }

    var agreementHeading: String { say(en: "Agreement (rwg, 0 to 1):", nl: "Eensgezindheid (rwg, 0 tot 1):") }

    func agreementLevel(_ level: AgreementIndex.Level) -> String {
        switch level {
        case .lack: return say(en: "no agreement", nl: "geen eensgezindheid")
        case .weak: return say(en: "weak", nl: "zwak")
        case .moderate: return say(en: "moderate", nl: "matig")
        case .strong: return say(en: "strong", nl: "sterk")
        case .veryStrong: return say(en: "very strong", nl: "zeer sterk")
        }
    }

    var roleGroupsHeading: String { say(en: "Role groups:", nl: "Rolgroepen:") }

    func roleGroupsHidden(_ minimum: Int) -> String {
        say(en: "hidden to protect respondents: every role group needs at least \(minimum) respondents.",
            nl: "verborgen om respondenten te beschermen: elke rolgroep heeft minstens \(minimum) respondenten nodig.")
    }

    var fewerThanTwoGroups: String {
        say(en: "nothing to compare: fewer than two role groups have scores.", nl: "niets te vergelijken: minder dan twee rolgroepen hebben scores.")
    }

    var dontKnowHeading: String {
        say(en: "Most often \"don't know\" (share of the members shown the statement):",
            nl: "Vaakst \"weet ik niet\" (deel van de leden die de stelling zagen):")
    }

    var referenceHeading: String { say(en: "Reference figures beside your context answers:", nl: "Referentiecijfers naast uw contextantwoorden:") }

    func reference(_ label: String, _ n: Int?) -> String {
        let count = n.map { ", n=\($0)" } ?? ""
        return say(en: "source: \(label)\(count)", nl: "bron: \(label)\(count)")
    }

    var yourCell: String { say(en: "your members", nl: "uw leden") }
    var approximately: String { say(en: "approx.", nl: "ca.") }
    var syntheticFigures: String { say(en: "SYNTHETIC figures", nl: "SYNTHETISCHE cijfers") }

    var trendHeading: String { say(en: "Change since earlier rounds:", nl: "Verloop ten opzichte van vorige rondes:") }
    var notComparable: String { say(en: "not comparable (another questionnaire version)", nl: "niet vergelijkbaar (andere vragenlijstversie)") }

    func peersHeading(_ year: Int) -> String {
        say(en: "Comparison with other \(groups) (same questionnaire version, round \(year); not a ranking):",
            nl: "Vergelijking met andere \(groups) (zelfde vragenlijstversie, ronde \(year); geen rangschikking):")
    }

    var peersSynthetic: String {
        say(en: "NOTE: the comparison pool holds SYNTHETIC demo data, not a real benchmark.",
            nl: "LET OP: de vergelijkingsgroep bevat SYNTHETISCHE demodata, geen echte benchmark.")
    }

    func scope(all: Bool, group: String?) -> String {
        all ? say(en: "all \(groups)", nl: "alle \(groups)") : say(en: "group \(group ?? "")", nl: "groep \(group ?? "")")
    }

    func municipalities(_ count: Int) -> String { say(en: "\(count) other municipalities", nl: "\(count) andere gemeenten") }

    var peerColumns: (cell: String, median: String, middle: String, rank: String) {
        (say(en: "yours", nl: "u"), say(en: "median", nl: "mediaan"), say(en: "middle half", nl: "middelste helft"), say(en: "percentile", nl: "percentiel"))
    }

    var peerNote: String {
        say(en: "Percentile: the share of the other \(groups) with a lower score. Middle half: the half of the other \(groups) around the median.",
            nl: "Percentiel: het deel van de andere \(groups) met een lagere score. Middelste helft: de helft van de andere \(groups) rond de mediaan.")
    }

    func tooFewPeers(_ count: Int, _ minimum: Int) -> String {
        say(en: "not shown: \(count) other municipalities, at least \(minimum) needed", nl: "niet getoond: \(count) andere gemeenten, minstens \(minimum) nodig")
    }
}
