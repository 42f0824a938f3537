import ZelfscanCore

/// The words of the score summary, in Dutch and English.
public struct ScoreText: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    func say(_ nl: String, _ en: String) -> String { language == .en ? en : nl }

    var synthetic: String {
        say("SYNTHETISCHE DEMODATA: verzonnen cellen en antwoorden, geen echte resultaten.",
            "SYNTHETIC DEMO DATA: invented cells and answers, not real results.")
    }

    func heading(_ municipality: String, _ year: Int, _ questionnaire: String, _ rules: String) -> String {
        say("\(municipality): ronde \(year) · vragenlijst \(questionnaire) · scoreregels versie \(rules)",
            "\(municipality): round \(year) · questionnaire \(questionnaire) · scoring rules version \(rules)")
    }

    func basis(_ n: Int) -> String {
        say("Op basis van \(n) verzonden antwoorden; scores op 0 tot 100.", "Based on \(n) submitted responses; scores on 0 to 100.")
    }

    func hidden(_ n: Int, _ minimum: Int) -> String {
        say("Celresultaat verborgen: \(n) verzonden antwoorden, minstens \(minimum) nodig om individuele antwoorden te beschermen.",
            "Cell result hidden: \(n) submitted responses, at least \(minimum) needed to protect individual answers.")
    }

    /// No lowest–highest column: each end is one member's score.
    var columns: (dimension: String, n: String, mean: String, sd: String, band: String) {
        (say("Dimensie", "Dimension"), "n", say("gem.", "mean"), "sd", "band")
    }

    var withheld: String { say("niet getoond (minder dan 3 scores)", "not shown (fewer than 3 scores)") }

    var overall: String { say("Totaal", "Overall") }
    var noScore: String { say("geen score", "no score") }

    func unscored(_ count: Int) -> String {
        say("\(count) zonder score (te weinig beantwoord)", "\(count) without a score (too little answered)")
    }

    func disagreementNote(_ threshold: String) -> String {
        say("! onenigheid: de scores lopen sterk uiteen (sd boven \(threshold)); bespreek samen waarom.",
            "! disagreement: the scores differ widely (sd above \(threshold)); discuss why together.")
    }

    var agreementHeading: String { say("Eensgezindheid (rwg, 0 tot 1):", "Agreement (rwg, 0 to 1):") }

    func agreementLevel(_ level: AgreementIndex.Level) -> String {
        switch level {
        case .lack: return say("geen eensgezindheid", "no agreement")
        case .weak: return say("zwak", "weak")
        case .moderate: return say("matig", "moderate")
        case .strong: return say("sterk", "strong")
        case .veryStrong: return say("zeer sterk", "very strong")
        }
    }

    var roleGroupsHeading: String { say("Rolgroepen:", "Role groups:") }

    func roleGroupsHidden(_ minimum: Int) -> String {
        say("verborgen om respondenten te beschermen: elke rolgroep heeft minstens \(minimum) respondenten nodig.",
            "hidden to protect respondents: every role group needs at least \(minimum) respondents.")
    }

    var fewerThanTwoGroups: String {
        say("niets te vergelijken: minder dan twee rolgroepen hebben scores.", "nothing to compare: fewer than two role groups have scores.")
    }

    var dontKnowHeading: String { say("Vaakst \"weet ik niet\":", "Most often \"don't know\":") }

    var referenceHeading: String { say("Referentiecijfers naast uw contextantwoorden:", "Reference figures beside your context answers:") }

    func reference(_ label: String, _ n: Int?) -> String {
        let count = n.map { ", n=\($0)" } ?? ""
        return say("bron: \(label)\(count)", "source: \(label)\(count)")
    }

    var yourCell: String { say("uw cel", "your cell") }
    var approximately: String { say("ca.", "approx.") }
    var syntheticFigures: String { say("SYNTHETISCHE cijfers", "SYNTHETIC figures") }

    var trendHeading: String { say("Verloop ten opzichte van vorige rondes:", "Change since earlier rounds:") }
    var notComparable: String { say("niet vergelijkbaar (andere vragenlijstversie)", "not comparable (another questionnaire version)") }

    func peersHeading(_ year: Int) -> String {
        say("Vergelijking met andere cellen (zelfde vragenlijstversie, ronde \(year); geen rangschikking):",
            "Comparison with other cells (same questionnaire version, round \(year); not a ranking):")
    }

    var peersSynthetic: String {
        say("LET OP: de vergelijkingsgroep bevat SYNTHETISCHE demodata, geen echte benchmark.",
            "NOTE: the comparison pool holds SYNTHETIC demo data, not a real benchmark.")
    }

    func scope(all: Bool, group: String?) -> String {
        all ? say("alle cellen", "all cells") : say("groep \(group ?? "")", "group \(group ?? "")")
    }

    func municipalities(_ count: Int) -> String { say("\(count) gemeenten", "\(count) municipalities") }

    var peerColumns: (cell: String, median: String, middle: String, rank: String) {
        (say("uw cel", "yours"), say("mediaan", "median"), say("middelste helft", "middle half"), say("percentiel", "percentile"))
    }

    var peerNote: String {
        say("Percentiel: het deel van de cellen met een lagere score. Middelste helft: de helft van de cellen rond de mediaan.",
            "Percentile: the share of cells with a lower score. Middle half: the half of the cells around the median.")
    }

    func tooFewPeers(_ count: Int, _ minimum: Int) -> String {
        say("niet getoond: \(count) gemeenten, minstens \(minimum) nodig", "not shown: \(count) municipalities, at least \(minimum) needed")
    }
}
