import ZelfscanCore

/// What `zelfscan take` says outside the question screens, in Dutch and English.
public struct TakeCommandText: PhraseBook {
    public let language: Language

    /// What the questionnaire calls the group ("de cel", "het partnerschap"); neutral by default.
    public let group: GroupNoun

    public init(language: Language, group: GroupNoun = .neutral) {
        self.language = language
        self.group = group
    }

    public var ownScoresHeading: String {
        say(en: "Your own scores (0 to 100):", nl: "Uw eigen scores (0 tot 100):")
    }

    public var overall: String { say(en: "Overall", nl: "Totaal") }

    public func insufficient(_ percent: Int) -> String {
        say(en: "no score: less than \(percent)% answered", nl: "geen score: minder dan \(percent)% beantwoord")
    }

    public var notAsked: String { say(en: "not asked", nl: "niet gevraagd") }
    public var noOverall: String { say(en: "none: not every dimension has a score", nl: "geen: niet elke dimensie heeft een score") }

    public var ownScoresPrivacy: String {
        say(en: "Only you see these scores; \(group.definite(.en)) sees combined results only.",
            nl: "Alleen u ziet deze scores; \(group.definite(.nl)) ziet enkel gebundelde resultaten.")
    }

    public func bandsNote(_ bands: [String]) -> String {
        say(en: "Bands: " + bands.joined(separator: ", ") + ".", nl: "Banden: " + bands.joined(separator: ", ") + ".")
    }

    public func savedAt(_ path: String) -> String {
        say(en: "File: \(path)", nl: "Bestand: \(path)")
    }

    public func savedDraft(_ code: String, _ path: String) -> String {
        say(en: "Saved as draft \(code) (\(path)).", nl: "Bewaard als concept \(code) (\(path)).")
    }

    public func resumeWith(_ command: String) -> String {
        say(en: "To continue: \(command)", nl: "Verder invullen: \(command)")
    }

    public func missingHeading(_ count: Int) -> String {
        say(en: "\(count) question(s) without an answer (add them, or list them under 'skipped:' to skip them on purpose):",
            nl: "\(count) vraag/vragen zonder antwoord (voeg ze toe, of zet ze onder 'skipped:' om ze bewust over te slaan):")
    }

    public func notSubmitted(_ count: Int) -> String {
        say(en: "Not submitted: \(count) answers are still missing.", nl: "Niet verzonden: er ontbreken nog \(count) antwoorden.")
    }

    /// No scores: whoever types a paper form in is not the respondent.
    public func sheetSubmitted(_ code: String) -> String {
        say(en: "The form has been submitted (code \(code)). This member's scores are not shown: only the respondent may see them.",
            nl: "Het formulier is verzonden (code \(code)). De scores van dit lid worden niet getoond: alleen de respondent mag ze zien.")
    }

    public func duplicate(_ file: String, earlier: String, submitted: Bool) -> Phrase {
        Phrase(en: "\(file) has the same role and answers as \(earlier), \(submitted ? "submitted" : "a draft") in this round: the form seems to be typed in twice; nothing was saved",
               nl: "\(file) heeft dezelfde rol en antwoorden als \(earlier), \(submitted ? "al verzonden" : "een concept") in deze ronde: het formulier lijkt twee keer ingetypt; er is niets bewaard")
    }

    /// A sheet typed over a draft begun in another role is most likely another member's form.
    public func otherRole(_ file: String, draft: String) -> Phrase {
        Phrase(en: "\(file) gives another role than the draft \(draft) was begun with: it looks like another member's form; nothing was saved",
               nl: "\(file) geeft een andere rol dan die waarmee het concept \(draft) begon: het lijkt het formulier van een ander lid; er is niets bewaard")
    }

    public var otherRoleHint: Phrase {
        Phrase(en: "type another member's form in without --resume; if the role on the draft was wrong, add --force",
               nl: "typ het formulier van een ander lid in zonder --resume; was de rol van het concept fout, voeg dan --force toe")
    }

    public var duplicateHint: Phrase {
        Phrase(en: "if two members really gave identical answers, add --force; to continue the earlier one, use --resume with its code",
               nl: "gaven twee leden echt dezelfde antwoorden, voeg dan --force toe; om het eerdere verder te zetten, gebruik --resume met zijn code")
    }

    public var completeAddSubmit: String {
        say(en: "Every question is answered. Add --submit to submit.", nl: "Alle vragen zijn beantwoord. Voeg --submit toe om te verzenden.")
    }

    public var nothingSaved: String {
        say(en: "nothing was saved: fix the errors above and try again.", nl: "er is niets bewaard: verbeter de fouten hierboven en probeer opnieuw.")
    }

    /// One message for an unknown and a submitted code alike, so it reveals neither.
    public func noOpenDraft(_ code: String, _ year: Int) -> Phrase {
        Phrase(en: "\(code) is not an open draft of round \(year) (submitted answers cannot be opened again)",
               nl: "\(code) is geen open concept van ronde \(year) (verzonden antwoorden kunnen niet opnieuw geopend worden)")
    }

    public var checkCodeHint: Phrase {
        Phrase(en: "type the code you were shown when you started (it is listed nowhere), or check the round (--year); a lost code cannot be found again, so start anew with: zelfscan take",
               nl: "typ de code die u bij het begin zag (ze staat nergens opgelijst), of controleer de ronde (--year); een verloren code is niet terug te vinden, begin dan opnieuw met: zelfscan take")
    }

    public func inUse(_ code: String) -> Phrase {
        Phrase(en: "\(code) is open in another zelfscan take session right now",
               nl: "\(code) is nu open in een andere sessie van zelfscan take")
    }

    public var inUseHint: Phrase {
        Phrase(en: "finish or quit that session first (q saves and stops); two sessions on one draft could overwrite each other's answers",
               nl: "rond die sessie eerst af of stop ze (q bewaart en stopt); twee sessies op één concept zouden elkaars antwoorden kunnen overschrijven")
    }

    public func invalidCode(_ code: String) -> Phrase {
        Phrase(en: "'\(code)' is not a respondent code; codes look like R-7KQ4M2",
               nl: "'\(code)' is geen respondentcode; codes zien eruit als R-7KQ4M2")
    }

    public func openDrafts(_ count: Int) -> String {
        say(en: count == 1 ? "There is 1 unfinished questionnaire in this round." : "There are \(count) unfinished questionnaires in this round.",
            nl: count == 1 ? "Er staat 1 onafgewerkte vragenlijst open in deze ronde." : "Er staan \(count) onafgewerkte vragenlijsten open in deze ronde.")
    }

    public var resumeQuestion: String {
        say(en: "Did you start earlier? Then type your code (such as R-7KQ4M2) to continue.",
            nl: "Was u eerder begonnen? Typ dan uw code (zoals R-7KQ4M2) om verder te gaan.")
    }

    public var resumePrompt: String {
        say(en: "Your code, or Enter to start anew: ", nl: "Uw code, of Enter om opnieuw te beginnen: ")
    }

    public func unknownCode(_ typed: String) -> String {
        say(en: "'\(typed)' is not an open questionnaire of this round. Type your code again, or press Enter to start anew.",
            nl: "'\(typed)' is geen open vragenlijst van deze ronde. Typ uw code opnieuw, of druk Enter om opnieuw te beginnen.")
    }

    public var noInput: Phrase {
        Phrase(en: "the input ended before a session started; nothing was saved", nl: "de invoer stopte voor er een sessie begon; er is niets bewaard")
    }
}
