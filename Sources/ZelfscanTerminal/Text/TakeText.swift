import ZelfscanCore

import Foundation

/// The words of the take session in Dutch and English, in one catalogue rather than scattered
/// through the screens, so a translation is checked in one place. `%1`, `%2` are filled in by
/// `callAsFunction`.
public struct TakeText: Sendable {
    public enum Key: String, Sendable, CaseIterable {
        case introKeys, introPrompt, privacyHeading
        case roleTitle, roleNote, roleKeys, rolePrompt
        case question, multipleHint, numberHint, wholeNumberHint, rangeHint, fromHint, upToHint, textHint
        case missingHint, currentAnswer, skippedMark
        case chooseKeys, tickKeys, typeNumberKeys, typeTextKeys, commandKeys, textCommandKeys
        case linePrompt, promptOptions, promptSeveral, promptNumber, promptText
        case helpTitle, noHelp, helpClose, generalHelp
        case reviewTitle, reviewCount, reviewUnanswered, reviewAllAnswered, reviewFinal, reviewKeys, reviewPrompt, reviewInput
        case confirmQuestion, confirmKeys, confirmPrompt
        case submittedThanks, reportHint, codeLabel
        case commentTitle, commentNote, commentGiven, commentFor, commentCurrent, commentChoosePrompt, commentTextPrompt
        case commentChooseKeys, commentTextKeys
        case savedResume, nothingSaved, inputEnded, interrupted
        case chooseOne, chooseSeveral, exclusive, notANumber, orCodes, outOfRange, atLeast, atMost, notWhole
        case tooLong, empty, noSuchQuestion, reviewChoices, confirmChoices
    }

    private static let catalogue = TextCatalogue<Key> { key in
        switch key {
        case .introKeys: ("↑↓ bladeren · Enter beginnen · q stoppen", "↑↓ scroll · Enter start · q quit")
        case .introPrompt: ("Druk Enter om te beginnen (q stoppen): ", "Press Enter to start (q to quit): ")
        case .privacyHeading: ("Wat gebeurt er met uw antwoorden?", "What happens with your answers?")
        case .roleTitle: ("In welke rol neemt u deel aan de cel?", "In which role do you take part in the cell?")
        case .roleNote: ("Er wordt geen naam gevraagd of bewaard.", "No name is asked or stored.")
        case .roleKeys: ("1-%1 kies · ↑↓ Enter · b terug · q stoppen", "1-%1 choose · ↑↓ Enter · b back · q quit")
        case .rolePrompt: ("Rol (1-%1, b terug, q stoppen): ", "Role (1-%1, b back, q quit): ")
        case .question: ("Vraag %1/%2", "Question %1/%2")
        case .multipleHint: ("Meerdere antwoorden mogelijk.", "More than one answer possible.")
        case .numberHint: ("Typ een getal", "Type a number")
        case .wholeNumberHint: ("Typ een geheel getal", "Type a whole number")
        case .rangeHint: ("van %1 tot en met %2", "from %1 to %2")
        case .fromHint: ("vanaf %1", "from %1")
        case .upToHint: ("tot en met %1", "up to %1")
        case .textHint: ("Typ uw antwoord (hoogstens %1 tekens).", "Type your answer (at most %1 characters).")
        case .missingHint: ("Of typ de code:", "Or type the code:")
        case .currentAnswer: ("Huidig antwoord: %1", "Current answer: %1")
        case .skippedMark: ("overgeslagen", "skipped")
        case .chooseKeys: ("%1 kies · ↑↓ Enter", "%1 choose · ↑↓ Enter")
        case .tickKeys: ("%1 aan/uit · ↑↓ spatie · Enter bevestigen", "%1 tick/untick · ↑↓ space · Enter confirm")
        case .typeNumberKeys: ("0-9 getal · ↑↓ Enter", "0-9 number · ↑↓ Enter")
        case .typeTextKeys: ("typ uw antwoord · Enter bevestigen", "type your answer · Enter confirm")
        case .commandKeys: ("? uitleg · b terug · s overslaan · q bewaren en stoppen", "? help · b back · s skip · q save and quit")
        case .textCommandKeys: ("Esc en dan ? uitleg · b terug · s overslaan · q bewaren en stoppen",
                           "Esc then ? help · b back · s skip · q save and quit")
        case .linePrompt: ("Antwoord (%1, ? uitleg, b terug, s overslaan, q stoppen): ", "Answer (%1, ? help, b back, s skip, q quit): ")
        case .promptOptions: ("1-%1", "1-%1")
        case .promptSeveral: ("nummers 1-%1, bv. 1,3", "numbers 1-%1, e.g. 1,3")
        case .promptNumber: ("een getal", "a number")
        case .promptText: ("uw tekst", "your text")
        case .helpTitle: ("Uitleg", "Help")
        case .noHelp: ("Bij deze vraag hoort geen extra uitleg.", "This question has no further explanation.")
        case .helpClose: ("Enter, Esc of ? terug naar de vraag", "Enter, Esc or ? back to the question")
        case .generalHelp: ("Kies een antwoord met het nummer, of met ↑↓ en Enter. b gaat een vraag terug (uw antwoorden blijven staan), s slaat een vraag over, q bewaart en stopt: u kunt later verdergaan. Elk antwoord wordt meteen bewaard.",
                       "Choose an answer by its number, or with ↑↓ and Enter. b goes back one question (your answers are kept), s skips a question, q saves and quits: you can continue later. Every answer is saved at once.")
        case .reviewTitle: ("Overzicht voor het verzenden", "Review before submitting")
        case .reviewCount: ("U beantwoordde %1 van de %2 vragen.", "You answered %1 of the %2 questions.")
        case .reviewUnanswered: ("Nog niet beantwoord:", "Not answered yet:")
        case .reviewAllAnswered: ("Alle vragen zijn beantwoord.", "Every question is answered.")
        case .reviewFinal: ("Na het verzenden kunt u de antwoorden niet meer wijzigen.", "After submitting, the answers can no longer be changed.")
        case .reviewKeys: ("nummer + Enter naar die vraag · v of Enter verzenden · o opmerking · ↑↓ bladeren · b terug · q bewaren en stoppen",
                      "number + Enter go to that question · v or Enter submit · o remark · ↑↓ scroll · b back · q save and quit")
        case .reviewPrompt: ("Vraagnummer om terug te gaan, v om te verzenden, o voor een opmerking, b terug, q stoppen: ",
                        "Question number to go back, v to submit, o for a remark, b back, q quit: ")
        case .reviewInput: ("Naar vraag: %1", "Go to question: %1")
        case .confirmQuestion: ("Uw antwoorden nu verzenden? Daarna kunt u ze niet meer wijzigen.",
                           "Submit your answers now? They cannot be changed afterwards.")
        case .confirmKeys: ("j verzenden · n terug", "y submit · n back")
        case .confirmPrompt: ("Verzenden? (j/n): ", "Submit? (y/n): ")
        case .codeLabel: ("uw code %1", "your code %1")
        case .commentTitle: ("Opmerking bij een dimensie (niet verplicht)", "A remark on a dimension (optional)")
        case .commentNote: ("Uw opmerking komt alleen in het rapport van de cel als de coördinator dat vraagt, nooit in een export. Noem geen namen of andere gegevens over personen.",
                       "Your remark only appears in the cell's report if the coordinator asks for it, never in an export. Do not name anyone or give other details about people.")
        case .commentGiven: ("opmerking", "remark")
        case .commentFor: ("Opmerking bij %1", "Remark on %1")
        case .commentCurrent: ("Huidige opmerking: %1", "Current remark: %1")
        case .commentChoosePrompt: ("Dimensie (1-%1, Enter terug): ", "Dimension (1-%1, Enter back): ")
        case .commentTextPrompt: ("Uw opmerking (een lege regel wist ze, b terug): ", "Your remark (an empty line removes it, b back): ")
        case .commentChooseKeys: ("1-%1 kies · Esc terug · q bewaren en stoppen", "1-%1 choose · Esc back · q save and quit")
        case .commentTextKeys: ("typ uw opmerking · Enter bewaren (leeg wist ze) · Esc terug", "type your remark · Enter save (empty removes it) · Esc back")
        case .submittedThanks: ("Bedankt. Uw antwoorden zijn verzonden (code %1).", "Thank you. Your answers have been submitted (code %1).")
        case .reportHint: ("Het celrapport volgt van de coördinator (zelfscan report)\nzodra minstens drie leden geantwoord hebben.",
                      "The coordinator makes the cell report (zelfscan report)\nonce at least three members have answered.")
        case .savedResume: ("Uw antwoorden zijn bewaard. Verder gaan met: zelfscan take --resume %1",
                       "Your answers have been saved. Continue with: zelfscan take --resume %1")
        case .nothingSaved: ("Gestopt voor er een antwoord was; er werd niets bewaard.", "Stopped before any answer; nothing was saved.")
        case .inputEnded: ("De invoer stopte voor de vragenlijst af was.", "The input ended before the questionnaire was finished.")
        case .interrupted: ("zelfscan: onderbroken.", "zelfscan: interrupted.")
        case .chooseOne: ("Kies een nummer van 1 tot %1.", "Choose a number from 1 to %1.")
        case .chooseSeveral: ("Kies een of meer nummers van 1 tot %1, gescheiden door komma's of spaties.",
                         "Choose one or more numbers from 1 to %1, separated by commas or spaces.")
        case .exclusive: ("'%1' kan niet samen met andere antwoorden gekozen worden.", "'%1' cannot be combined with other answers.")
        case .notANumber: ("Typ een getal, zoals 12 of 2,5", "Type a number, such as 12 or 2.5")
        case .orCodes: (", of %1", ", or %1")
        case .outOfRange: ("Typ een getal van %1 tot en met %2.", "Type a number from %1 to %2.")
        case .atLeast: ("Typ een getal vanaf %1.", "Type a number of at least %1.")
        case .atMost: ("Typ een getal tot en met %1.", "Type a number of at most %1.")
        case .notWhole: ("Typ een geheel getal, zonder komma.", "Type a whole number, without decimals.")
        case .tooLong: ("Uw antwoord is te lang: hoogstens %1 tekens.", "Your answer is too long: at most %1 characters.")
        case .empty: ("Geef een antwoord, of typ s om de vraag over te slaan.", "Give an answer, or type s to skip the question.")
        case .noSuchQuestion: ("Er is geen vraag met dat nummer: kies 1 tot %1.", "There is no question with that number: choose 1 to %1.")
        case .reviewChoices: ("Typ een vraagnummer (1 tot %1), v om te verzenden, b om terug te gaan of q om te stoppen.",
                         "Type a question number (1 to %1), v to submit, b to go back or q to quit.")
        case .confirmChoices: ("Typ j om te verzenden of n om terug te gaan.", "Type y to submit or n to go back.")
        }
    }

    public let language: Language

    /// Dutch unless English is asked for: Dutch is the users' language.
    public init(language: Language) {
        self.language = language
    }

    public subscript(key: Key) -> String {
        Self.catalogue.text(key, language: language)
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
    public var yesAnswers: Set<String> { language == .en ? ["y", "yes"] : ["j", "ja"] }

    /// A number the way the respondent writes it: decimal comma in Dutch.
    public static func decimal(_ value: Double, language: Language) -> String {
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        return language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
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
