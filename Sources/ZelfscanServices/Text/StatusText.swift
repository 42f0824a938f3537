import Foundation
import ZelfscanCore

/// What `zelfscan status` says, in Dutch and English.
public struct StatusText: PhraseBook {
    public let language: Language
    /// What the questionnaire calls the group ("de cel", "het partnerschap"); neutral by default.
    public let group: GroupNoun

    public init(language: Language, group: GroupNoun = .neutral) {
        self.language = language
        self.group = group
    }


    public var synthetic: String {
        say(en: "SYNTHETIC DEMO DATA: \(group.definite(.en)) and the answers are invented.",
            nl: "SYNTHETISCHE DEMODATA: \(group.definite(.nl)) en de antwoorden zijn verzonnen.")
    }

    public func heading(municipality: String, year: Int, questionnaire: String) -> String {
        say(en: "\(municipality): round \(year), questionnaire \(questionnaire)", nl: "\(municipality): ronde \(year), vragenlijst \(questionnaire)")
    }

    public func submittedHeading(_ count: Int) -> String { say(en: "Submitted: \(count)", nl: "Verzonden: \(count)") }
    public func draftsHeading(_ count: Int) -> String { say(en: "Open drafts: \(count)", nl: "Open concepten: \(count)") }

    public func progress(_ shares: String) -> String {
        say(en: "answered: \(shares) (per draft, without code or role)", nl: "beantwoord: \(shares) (per concept, zonder code of rol)")
    }

    public func draftGroups(_ counts: String, minimum: Int) -> String {
        say(en: "per role group (only where at least \(minimum)): \(counts)", nl: "per rolgroep (alleen waar minstens \(minimum)): \(counts)")
    }

    public func inUse(_ count: Int) -> String { say(en: "\(count) in use now", nl: "\(count) nu in gebruik") }

    public var resumeHint: String {
        say(en: "to continue: zelfscan take --resume CODE, with the code you were shown when you started (codes are listed nowhere)",
            nl: "verder invullen: zelfscan take --resume CODE, met de code die u bij het begin zag (codes worden nergens opgelijst)")
    }

    public func rejected(_ count: Int) -> String {
        say(en: "Unusable response files (\(count)), see the errors above:", nl: "Onbruikbare antwoordbestanden (\(count)), zie de fouten hierboven:")
    }

    public func submittedOfExpected(_ count: Int, expected: Int, notYet: Int, percent: Int) -> String {
        say(en: "Submitted: \(count) of \(expected) expected members (\(percent)%); not yet submitted: \(notYet)",
            nl: "Verzonden: \(count) van \(expected) verwachte leden (\(percent)%); nog niet verzonden: \(notYet)")
    }

    public func perRoleGroup(minimum: Int) -> String {
        say(en: "per role group (a group of fewer than \(minimum) only together with others):",
            nl: "per rolgroep (een groep met minder dan \(minimum) alleen samen met andere):")
    }

    public var otherGroups: String { say(en: "other role groups together", nl: "andere rolgroepen samen") }
    public var allGroups: String { say(en: "all role groups together", nl: "alle rolgroepen samen") }

    public func expectedRecorded(_ count: Int) -> String {
        say(en: "Expected number of members recorded in the workspace: \(count).", nl: "Verwacht aantal leden bewaard in de werkruimte: \(count).")
    }

    public func reportPossible(_ count: Int) -> String {
        say(en: "Cell report: possible (\(count) submitted responses). Make it with: zelfscan report",
            nl: "Celrapport: mogelijk (\(count) verzonden antwoorden). Maak het met: zelfscan report")
    }

    public func reportNotYet(_ count: Int, _ minimum: Int) -> String {
        say(en: "Cell report: not yet possible: \(count) of at least \(minimum) submitted responses (to protect individual answers).",
            nl: "Celrapport: nog niet mogelijk: \(count) van minstens \(minimum) verzonden antwoorden (om individuele antwoorden te beschermen).")
    }
}
