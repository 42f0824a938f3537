import ZelfscanCore

/// The words of the paper questionnaire, in Dutch and English.
struct PaperText: PhraseBook {
    let language: Language

    init(language: Language) {
        self.language = language
    }

    var kicker: String { say(en: "Paper version", nl: "Papieren versie") }

    func versionLine(_ id: String, _ version: String) -> String {
        say(en: "Questionnaire \(id), version \(version)", nl: "Vragenlijst \(id), versie \(version)")
    }

    var instructionHeading: String { say(en: "How to fill in", nl: "Zo vult u in") }

    var instructions: [String] {
        [say(en: "Tick one box per question, unless it says you may choose more than one. If you cannot answer a question, tick \"don't know\".",
             nl: "Kruis per vraag één vakje aan, tenzij er staat dat u meer antwoorden mag kiezen. Kunt u een vraag niet beantwoorden, kruis dan \"weet ik niet\" aan."),
         say(en: "Do not write your name anywhere and do not mention names or details about individuals.",
             nl: "Schrijf nergens uw naam en vermeld geen namen of gegevens over personen."),
         say(en: "Hand the completed form, preferably in a sealed envelope, to the coordinator. The coordinator types your answers in and sees them while doing so; after that the self-scan shows nobody your individual answers or scores, not even the coordinator. If you would rather avoid that, answer on the computer yourself with zelfscan take.",
             nl: "Geef het ingevulde formulier, bij voorkeur in een gesloten envelop, aan de coördinator. Die typt uw antwoorden over en ziet ze daarbij; de zelfscan toont daarna niemand uw individuele antwoorden of scores, ook de coördinator niet. Wie dat niet wil, vult de vragenlijst zelf in op de computer met zelfscan take."),
         say(en: "For the coordinator: the small code beside each question (for example trust.safe-to-share) and beside each box (for example 4) is what goes into the answer file (zelfscan take --answers FILE); a form typed in twice is refused.",
             nl: "Voor de coördinator: de kleine code naast elke vraag (bijvoorbeeld trust.safe-to-share) en naast elk vakje (bijvoorbeeld 4) is wat in het antwoordbestand komt (zelfscan take --answers BESTAND); een formulier dat twee keer ingetypt wordt, weigert de zelfscan.")]
    }

    var sheetExampleHeading: String { say(en: "Example of the answer file", nl: "Voorbeeld van het antwoordbestand") }

    var roleHeading: String { say(en: "Your role in the cell", nl: "Uw rol in de cel") }

    var roleNote: String {
        say(en: "Tick one role. No name is asked for or kept.", nl: "Kruis één rol aan. Er wordt geen naam gevraagd of bewaard.")
    }

    var chooseMany: String { say(en: "You may choose more than one.", nl: "Meer antwoorden mogelijk.") }
    var chooseOne: String { say(en: "One answer.", nl: "Eén antwoord.") }
    var exclusive: String { say(en: "only", nl: "alleen") }

    func onlyIf(_ condition: String) -> String {
        say(en: "Only answer if: \(condition)", nl: "Alleen beantwoorden als: \(condition)")
    }

    func number(_ unit: String?, minimum: String?, maximum: String?) -> String {
        let range = [minimum, maximum].compactMap { $0 }.joined(separator: "–")
        return say(en: "Number\(unit.map { " (\($0))" } ?? "")\(range.isEmpty ? "" : ", \(range)"):",
                   nl: "Getal\(unit.map { " (\($0))" } ?? "")\(range.isEmpty ? "" : ", \(range)"):")
    }

    var freeText: String { say(en: "Your answer:", nl: "Uw antwoord:") }

    var commentHeading: String { say(en: "Comment on this part (optional)", nl: "Opmerking bij dit deel (niet verplicht)") }

    var commentNote: String {
        say(en: "Stays in the cell's own report only when the cell asks for it, and never in an export. Do not name people.",
            nl: "Blijft in het rapport van de cel alleen als de cel daarom vraagt, en nooit in een export. Noem geen personen.")
    }

    var privacyHeading: String { say(en: "What happens with your answers", nl: "Wat er met uw antwoorden gebeurt") }

    var end: String { say(en: "End of the questionnaire. Thank you.", nl: "Einde van de vragenlijst. Dank u wel.") }
}
