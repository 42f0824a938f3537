import ZelfscanCore

/// The words of the paper questionnaire, in Dutch and English.
struct PaperText {
    let language: Language

    init(language: Language) {
        self.language = language
    }

    private func say(_ nl: String, _ en: String) -> String { language == .en ? en : nl }

    var kicker: String { say("Papieren versie", "Paper version") }

    func versionLine(_ id: String, _ version: String) -> String {
        say("Vragenlijst \(id), versie \(version)", "Questionnaire \(id), version \(version)")
    }

    var instructionHeading: String { say("Zo vult u in", "How to fill in") }

    var instructions: [String] {
        [say("Kruis per vraag één vakje aan, tenzij er staat dat u meer antwoorden mag kiezen. Kunt u een vraag niet beantwoorden, kruis dan \"weet ik niet\" aan.",
             "Tick one box per question, unless it says you may choose more than one. If you cannot answer a question, tick \"don't know\"."),
         say("Schrijf nergens uw naam en vermeld geen namen of gegevens over personen.",
             "Do not write your name anywhere and do not mention names or details about individuals."),
         say("Geef het ingevulde formulier, bij voorkeur in een gesloten envelop, aan de coördinator. Die typt uw antwoorden over en ziet ze daarbij; de zelfscan toont daarna niemand uw individuele antwoorden of scores, ook de coördinator niet. Wie dat niet wil, vult de vragenlijst zelf in op de computer met zelfscan take.",
             "Hand the completed form, preferably in a sealed envelope, to the coordinator. The coordinator types your answers in and sees them while doing so; after that the self-scan shows nobody your individual answers or scores, not even the coordinator. If you would rather avoid that, answer on the computer yourself with zelfscan take."),
         say("Voor de coördinator: de kleine code naast elke vraag (bijvoorbeeld trust.safe-to-share) en naast elk vakje (bijvoorbeeld 4) is wat in het antwoordbestand komt (zelfscan take --answers BESTAND); een formulier dat twee keer ingetypt wordt, weigert de zelfscan.",
             "For the coordinator: the small code beside each question (for example trust.safe-to-share) and beside each box (for example 4) is what goes into the answer file (zelfscan take --answers FILE); a form typed in twice is refused.")]
    }

    var sheetExampleHeading: String { say("Voorbeeld van het antwoordbestand", "Example of the answer file") }

    var roleHeading: String { say("Uw rol in de cel", "Your role in the cell") }

    var roleNote: String {
        say("Kruis één rol aan. Er wordt geen naam gevraagd of bewaard.", "Tick one role. No name is asked for or kept.")
    }

    var chooseMany: String { say("Meer antwoorden mogelijk.", "You may choose more than one.") }
    var chooseOne: String { say("Eén antwoord.", "One answer.") }
    var exclusive: String { say("alleen", "only") }

    func onlyIf(_ condition: String) -> String {
        say("Alleen beantwoorden als: \(condition)", "Only answer if: \(condition)")
    }

    func number(_ unit: String?, minimum: String?, maximum: String?) -> String {
        let range = [minimum, maximum].compactMap { $0 }.joined(separator: "–")
        return say("Getal\(unit.map { " (\($0))" } ?? "")\(range.isEmpty ? "" : ", \(range)"):",
                   "Number\(unit.map { " (\($0))" } ?? "")\(range.isEmpty ? "" : ", \(range)"):")
    }

    var freeText: String { say("Uw antwoord:", "Your answer:") }

    var commentHeading: String { say("Opmerking bij dit deel (niet verplicht)", "Comment on this part (optional)") }

    var commentNote: String {
        say("Blijft in het rapport van de cel alleen als de cel daarom vraagt, en nooit in een export. Noem geen personen.",
            "Stays in the cell's own report only when the cell asks for it, and never in an export. Do not name people.")
    }

    var privacyHeading: String { say("Wat er met uw antwoorden gebeurt", "What happens with your answers") }

    var end: String { say("Einde van de vragenlijst. Dank u wel.", "End of the questionnaire. Thank you.") }
}
