import Foundation
import ZelfscanCore

/// What `zelfscan status` says, in Dutch and English.
public struct StatusText {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    private func say(_ nl: String, _ en: String) -> String { Phrase(en: en, nl: nl).text(language) }

    public var synthetic: String {
        say("SYNTHETISCHE DEMODATA: geen echte cel, geen echte antwoorden.", "SYNTHETIC DEMO DATA: not a real cell, not real answers.")
    }

    public func heading(municipality: String, year: Int, questionnaire: String) -> String {
        say("\(municipality): ronde \(year), vragenlijst \(questionnaire)", "\(municipality): round \(year), questionnaire \(questionnaire)")
    }

    public func submittedHeading(_ count: Int) -> String { say("Verzonden: \(count)", "Submitted: \(count)") }
    public func draftsHeading(_ count: Int) -> String { say("Open concepten: \(count)", "Open drafts: \(count)") }

    public func progress(_ shares: String) -> String {
        say("beantwoord: \(shares) (per concept, zonder code of rol)", "answered: \(shares) (per draft, without code or role)")
    }

    public func draftGroups(_ counts: String, minimum: Int) -> String {
        say("per rolgroep (alleen waar minstens \(minimum)): \(counts)", "per role group (only where at least \(minimum)): \(counts)")
    }

    public func inUse(_ count: Int) -> String { say("\(count) nu in gebruik", "\(count) in use now") }

    public var resumeHint: String {
        say("verder invullen: zelfscan take --resume CODE, met de code die u bij het begin zag (codes worden nergens opgelijst)",
            "to continue: zelfscan take --resume CODE, with the code you were shown when you started (codes are listed nowhere)")
    }

    public func rejected(_ count: Int) -> String {
        say("Onbruikbare antwoordbestanden (\(count)), zie de fouten hierboven:", "Unusable response files (\(count)), see the errors above:")
    }

    public func submittedOfExpected(_ count: Int, expected: Int, notYet: Int, percent: Int) -> String {
        say("Verzonden: \(count) van \(expected) verwachte leden (\(percent)%); nog niet verzonden: \(notYet)",
            "Submitted: \(count) of \(expected) expected members (\(percent)%); not yet submitted: \(notYet)")
    }

    public func perRoleGroup(minimum: Int) -> String {
        say("per rolgroep (een groep met minder dan \(minimum) alleen samen met andere):",
            "per role group (a group of fewer than \(minimum) only together with others):")
    }

    public var otherGroups: String { say("andere rolgroepen samen", "other role groups together") }
    public var allGroups: String { say("alle rolgroepen samen", "all role groups together") }

    public func expectedRecorded(_ count: Int) -> String {
        say("Verwacht aantal leden bewaard in de werkruimte: \(count).", "Expected number of members recorded in the workspace: \(count).")
    }

    public func reportPossible(_ count: Int) -> String {
        say("Celrapport: mogelijk (\(count) verzonden antwoorden). Maak het met: zelfscan report",
            "Cell report: possible (\(count) submitted responses). Make it with: zelfscan report")
    }

    public func reportNotYet(_ count: Int, _ minimum: Int) -> String {
        say("Celrapport: nog niet mogelijk: \(count) van minstens \(minimum) verzonden antwoorden (om individuele antwoorden te beschermen).",
            "Cell report: not yet possible: \(count) of at least \(minimum) submitted responses (to protect individual answers).")
    }
}
