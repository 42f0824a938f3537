import ZelfscanCore

import Foundation

/// The words of the take session in Dutch and English, in one catalogue rather than scattered
/// through the screens, so a translation is checked in one place. `%1`, `%2` are filled in by
/// `callAsFunction`.
public struct TakeText: Sendable, PhraseBook {
    public enum Key: String, Sendable, CaseIterable {
        case introKeys, introPrompt, privacyHeading
        case roleTitle, roleNote, roleKeys, rolePrompt
        case question, multipleHint, numberHint, wholeNumberHint, rangeHint, fromHint, upToHint, textHint
        case missingHint, currentAnswer, skippedMark, evidence
        case chooseKeys, tickKeys, typeNumberKeys, typeTextKeys, commandKeys, textCommandKeys
        case linePrompt, promptOptions, promptSeveral, promptNumber, promptText
        case helpTitle, noHelp, helpClose, generalHelp
        case reviewTitle, reviewCount, reviewUnanswered, reviewAllAnswered, reviewFinal, reviewKeys, reviewPrompt, reviewInput
        case confirmQuestion, confirmKeys, confirmPrompt
        case submittedThanks, reportHint, reportReady, reportWaiting, codeLabel
        case commentTitle, commentNote, commentGiven, commentFor, commentCurrent, commentChoosePrompt, commentTextPrompt
        case commentChooseKeys, commentTextKeys
        case savedResume, nothingSaved, inputEnded, interrupted
        case chooseOne, chooseSeveral, exclusive, notANumber, orCodes, outOfRange, atLeast, atMost, notWhole
        case tooLong, empty, noSuchQuestion, reviewChoices, confirmChoices

        /// The words for the key; the switch is exhaustive, so a key without both languages does not compile.
        public var phrase: Phrase {
            switch self {
            case .introKeys: Phrase(en: "↑↓ scroll · Enter start · q quit", nl: "↑↓ bladeren · Enter beginnen · q stoppen")
            case .introPrompt: Phrase(en: "Press Enter to start (q to quit): ", nl: "Druk Enter om te beginnen (q stoppen): ")
            case .privacyHeading: Phrase(en: "What happens with your answers?", nl: "Wat gebeurt er met uw antwoorden?")
            case .roleTitle: Phrase(en: "In which role do you answer the questionnaire?", nl: "In welke rol vult u de vragenlijst in?")
            case .roleNote: Phrase(en: "No name is asked or stored.", nl: "Er wordt geen naam gevraagd of bewaard.")
            case .roleKeys: Phrase(en: "1-%1 choose · ↑↓ Enter · b back · q quit", nl: "1-%1 kies · ↑↓ Enter · b terug · q stoppen")
            case .rolePrompt: Phrase(en: "Role (1-%1, b back, q quit): ", nl: "Rol (1-%1, b terug, q stoppen): ")
            case .question: Phrase(en: "Question %1/%2", nl: "Vraag %1/%2")
            case .evidence: Phrase(en: "What shows it: %1", nl: "Waaruit het blijkt: %1")
            case .multipleHint: Phrase(en: "More than one answer possible.", nl: "Meerdere antwoorden mogelijk.")
            case .numberHint: Phrase(en: "Type a number", nl: "Typ een getal")
            case .wholeNumberHint: Phrase(en: "Type a whole number", nl: "Typ een geheel getal")
            case .rangeHint: Phrase(en: "from %1 to %2", nl: "van %1 tot en met %2")
            case .fromHint: Phrase(en: "from %1", nl: "vanaf %1")
            case .upToHint: Phrase(en: "up to %1", nl: "tot en met %1")
            case .textHint: Phrase(en: "Type your answer (at most %1 characters).", nl: "Typ uw antwoord (hoogstens %1 tekens).")
            case .missingHint: Phrase(en: "Or type the code:", nl: "Of typ de code:")
            case .currentAnswer: Phrase(en: "Current answer: %1", nl: "Huidig antwoord: %1")
            case .skippedMark: Phrase(en: "skipped", nl: "overgeslagen")
            case .chooseKeys: Phrase(en: "%1 choose · ↑↓ Enter", nl: "%1 kies · ↑↓ Enter")
            case .tickKeys: Phrase(en: "%1 tick/untick · ↑↓ space · Enter confirm", nl: "%1 aan/uit · ↑↓ spatie · Enter bevestigen")
            case .typeNumberKeys: Phrase(en: "0-9 number · ↑↓ Enter", nl: "0-9 getal · ↑↓ Enter")
            case .typeTextKeys: Phrase(en: "type your answer · Enter confirm", nl: "typ uw antwoord · Enter bevestigen")
            case .commandKeys: Phrase(en: "? help · b back · s skip · q save and quit", nl: "? uitleg · b terug · s overslaan · q bewaren en stoppen")
            case .textCommandKeys: Phrase(en: "Esc then ? help · b back · s skip · q save and quit",
                               nl: "Esc en dan ? uitleg · b terug · s overslaan · q bewaren en stoppen")
            case .linePrompt: Phrase(en: "Answer (%1, ? help, b back, s skip, q quit): ", nl: "Antwoord (%1, ? uitleg, b terug, s overslaan, q stoppen): ")
            case .promptOptions: Phrase(en: "1-%1", nl: "1-%1")
            case .promptSeveral: Phrase(en: "numbers 1-%1, e.g. 1,3", nl: "nummers 1-%1, bv. 1,3")
            case .promptNumber: Phrase(en: "a number", nl: "een getal")
            case .promptText: Phrase(en: "your text", nl: "uw tekst")
            case .helpTitle: Phrase(en: "Help", nl: "Uitleg")
            case .noHelp: Phrase(en: "This question has no further explanation.", nl: "Bij deze vraag hoort geen extra uitleg.")
            case .helpClose: Phrase(en: "Enter, Esc or ? back to the question", nl: "Enter, Esc of ? terug naar de vraag")
            case .generalHelp: Phrase(en: "Choose an answer by its number, or with ↑↓ and Enter. b goes back one question (your answers are kept), s skips a question, q saves and quits: you can continue later. Every answer is saved at once.",
                           nl: "Kies een antwoord met het nummer, of met ↑↓ en Enter. b gaat een vraag terug (uw antwoorden blijven staan), s slaat een vraag over, q bewaart en stopt: u kunt later verdergaan. Elk antwoord wordt meteen bewaard.")
            case .reviewTitle: Phrase(en: "Review before submitting", nl: "Nakijken en verzenden")
            case .reviewCount: Phrase(en: "You answered %1 of the %2 questions.", nl: "U beantwoordde %1 van de %2 vragen.")
            case .reviewUnanswered: Phrase(en: "Not answered yet:", nl: "Nog niet beantwoord:")
            case .reviewAllAnswered: Phrase(en: "Every question is answered.", nl: "Alle vragen zijn beantwoord.")
            case .reviewFinal: Phrase(en: "After submitting, the answers can no longer be changed.", nl: "Na het verzenden kunt u de antwoorden niet meer wijzigen.")
            case .reviewKeys: Phrase(en: "number + Enter go to that question · v or Enter submit · o remark · ↑↓ scroll · b back · q save and quit",
                          nl: "nummer + Enter naar die vraag · v of Enter verzenden · o opmerking · ↑↓ bladeren · b terug · q bewaren en stoppen")
            case .reviewPrompt: Phrase(en: "Question number to go back, v to submit, o for a remark, b back, q quit: ",
                            nl: "Vraagnummer om terug te gaan, v om te verzenden, o voor een opmerking, b terug, q stoppen: ")
            case .reviewInput: Phrase(en: "Go to question: %1", nl: "Naar vraag: %1")
            case .confirmQuestion: Phrase(en: "Submit your answers now? They cannot be changed afterwards.",
                               nl: "Uw antwoorden nu verzenden? Daarna kunt u ze niet meer wijzigen.")
            case .confirmKeys: Phrase(en: "y submit · n back", nl: "j verzenden · n terug")
            case .confirmPrompt: Phrase(en: "Submit? (y/n): ", nl: "Verzenden? (j/n): ")
            case .codeLabel: Phrase(en: "your code %1", nl: "uw code %1")
            case .commentTitle: Phrase(en: "A remark on a dimension (optional)", nl: "Opmerking bij een dimensie (niet verplicht)")
            case .commentNote: Phrase(en: "Your remark only appears in the report if whoever keeps the workspace asks for it, never in an export. Do not name anyone or give other details about people.",
                           nl: "Uw opmerking komt alleen in het rapport als wie de werkruimte beheert dat vraagt, nooit in een export. Noem geen namen of andere gegevens over personen.")
            case .commentGiven: Phrase(en: "remark", nl: "opmerking")
            case .commentFor: Phrase(en: "Remark on %1", nl: "Opmerking bij %1")
            case .commentCurrent: Phrase(en: "Current remark: %1", nl: "Huidige opmerking: %1")
            case .commentChoosePrompt: Phrase(en: "Dimension (1-%1, Enter back): ", nl: "Dimensie (1-%1, Enter terug): ")
            case .commentTextPrompt: Phrase(en: "Your remark (an empty line removes it, b back): ", nl: "Uw opmerking (een lege regel wist ze, b terug): ")
            case .commentChooseKeys: Phrase(en: "1-%1 choose · Esc back · q save and quit", nl: "1-%1 kies · Esc terug · q bewaren en stoppen")
            case .commentTextKeys: Phrase(en: "type your remark · Enter save (empty removes it) · Esc back", nl: "typ uw opmerking · Enter bewaren (leeg wist ze) · Esc terug")
            case .submittedThanks: Phrase(en: "Thank you. Your answers have been submitted (code %1).", nl: "Bedankt. Uw antwoorden zijn verzonden (code %1).")
            case .reportHint: Phrase(en: "Whoever keeps the workspace makes the joint report (zelfscan report)\nonce at least three members have answered.",
                          nl: "Het gezamenlijke rapport volgt van wie de werkruimte beheert (zelfscan report)\nzodra minstens drie leden geantwoord hebben.")
            case .reportReady: Phrase(en: "Submitted in this round: %1, enough for the joint report.\nWhoever keeps the workspace makes the report.",
                                      nl: "Verzonden in deze ronde: %1, genoeg voor het gezamenlijke rapport.\nWie de werkruimte beheert, maakt het rapport.")
            case .reportWaiting: Phrase(en: "Submitted in this round: %1; the joint report needs at least %2.\nWhoever keeps the workspace makes the report once there are enough.",
                                        nl: "Verzonden in deze ronde: %1; het gezamenlijke rapport vraagt er minstens %2.\nWie de werkruimte beheert, maakt het rapport zodra het er genoeg zijn.")
            case .savedResume: Phrase(en: "Your answers have been saved. Continue with: zelfscan take --resume %1",
                           nl: "Uw antwoorden zijn bewaard. Verder gaan met: zelfscan take --resume %1")
            case .nothingSaved: Phrase(en: "Stopped before any answer; nothing was saved.", nl: "Gestopt voordat er een antwoord was; er werd niets bewaard.")
            case .inputEnded: Phrase(en: "The input ended before the questionnaire was finished.", nl: "De invoer stopte voordat de vragenlijst af was.")
            case .interrupted: Phrase(en: "zelfscan: interrupted.", nl: "zelfscan: onderbroken.")
            case .chooseOne: Phrase(en: "Choose a number from 1 to %1.", nl: "Kies een nummer van 1 tot %1.")
            case .chooseSeveral: Phrase(en: "Choose one or more numbers from 1 to %1, separated by commas or spaces.",
                             nl: "Kies een of meer nummers van 1 tot %1, gescheiden door komma's of spaties.")
            case .exclusive: Phrase(en: "'%1' cannot be combined with other answers.", nl: "'%1' kan niet samen met andere antwoorden gekozen worden.")
            case .notANumber: Phrase(en: "Type a number, such as 12 or 2.5", nl: "Typ een getal, zoals 12 of 2,5")
            case .orCodes: Phrase(en: ", or %1", nl: ", of %1")
            case .outOfRange: Phrase(en: "Type a number from %1 to %2.", nl: "Typ een getal van %1 tot en met %2.")
            case .atLeast: Phrase(en: "Type a number of at least %1.", nl: "Typ een getal vanaf %1.")
            case .atMost: Phrase(en: "Type a number of at most %1.", nl: "Typ een getal tot en met %1.")
            case .notWhole: Phrase(en: "Type a whole number, without decimals.", nl: "Typ een geheel getal, zonder komma.")
            case .tooLong: Phrase(en: "Your answer is too long: at most %1 characters.", nl: "Uw antwoord is te lang: hoogstens %1 tekens.")
            case .empty: Phrase(en: "Give an answer, or type s to skip the question.", nl: "Geef een antwoord, of typ s om de vraag over te slaan.")
            case .noSuchQuestion: Phrase(en: "There is no question with that number: choose 1 to %1.", nl: "Er is geen vraag met dat nummer: kies 1 tot %1.")
            case .reviewChoices: Phrase(en: "Type a question number (1 to %1), v to submit, b to go back or q to quit.",
                             nl: "Typ een vraagnummer (1 tot %1), v om te verzenden, b om terug te gaan of q om te stoppen.")
            case .confirmChoices: Phrase(en: "Type y to submit or n to go back.", nl: "Typ j om te verzenden of n om terug te gaan.")
            }
        }
    }

    public let language: Language

    /// Dutch unless English is asked for: Dutch is the users' language.
    public init(language: Language) {
        self.language = language
    }

    public subscript(key: Key) -> String {
        key.phrase.text(language)
    }

    /// The text for `key` with `%1`, `%2`, … replaced by `values`.
    public func callAsFunction(_ key: Key, _ values: String...) -> String {
        var text = self[key]
        for (index, value) in values.enumerated() {
            text = text.replacingOccurrences(of: "%\(index + 1)", with: value)
        }
        return text
    }

    /// The words the language takes for "yes" on the confirmation.
    public var yesAnswers: Set<String> {
        switch language {
        case .nl: ["j", "ja"]
        case .en: ["y", "yes"]
        }
    }

    /// A number the way the respondent writes it: decimal comma in Dutch.
    public static func decimal(_ value: Double, language: Language) -> String {
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        return language.decimal(text)
    }

    /// The message for a notice, naming what would be accepted.
    public func notice(_ notice: SessionNotice) -> String {
        switch notice {
        case .chooseOne(let count): return self(.chooseOne, String(count))
        case .chooseSeveral(let count): return self(.chooseSeveral, String(count))
        case .exclusive(let label): return self(.exclusive, label)
        case .notANumber(let codes):
            return self[.notANumber] + (codes.isEmpty ? "" : self(.orCodes, codes.joined(separator: ", "))) + "."
        case .outOfRange(let minimum?, let maximum?):
            return self(.outOfRange, decimal(minimum), decimal(maximum))
        case .outOfRange(let minimum?, nil): return self(.atLeast, decimal(minimum))
        case .outOfRange(nil, let maximum?): return self(.atMost, decimal(maximum))
        case .outOfRange(nil, nil): return self[.notANumber] + "."
        case .notWhole: return self[.notWhole]
        case .tooLong(let maximum): return self(.tooLong, String(maximum))
        case .empty: return self[.empty]
        case .noSuchQuestion(let count): return self(.noSuchQuestion, String(count))
        case .reviewChoices(let count): return self(.reviewChoices, String(count))
        case .confirmChoices: return self[.confirmChoices]
        }
    }

    public func decimal(_ value: Double) -> String { Self.decimal(value, language: language) }
}
