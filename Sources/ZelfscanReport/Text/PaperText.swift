import ZelfscanCore

/// The words of the paper questionnaire, in Dutch and English. The members' pages hold no
/// command, id or code; those are on the page for whoever types the forms in.
struct PaperText {
    let language: Language

    private func say(_ nl: String, _ en: String) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }

    var kicker: String { say("Papieren formulier", "Paper form") }

    func versionLine(_ version: String) -> String { say("versie \(version)", "version \(version)") }

    var instructionHeading: String { say("Zo vult u in", "How to fill in") }

    /// `dontKnow`: the words of the scales' non-substantive boxes, so the instruction names
    /// the box the member will find.
    func instructions(dontKnow: [String]) -> [String] {
        let escape = dontKnow.isEmpty ? ""
            : say(" Kunt u een vraag niet beantwoorden, kruis dan \(alternatives(dontKnow)) aan.",
                  " If you cannot answer a question, tick \(alternatives(dontKnow)).")
        return [
            say("Kruis per vraag één vakje aan, tenzij er staat dat u meer antwoorden mag kiezen.",
                "Tick one box per question, unless it says you may choose more than one.") + escape,
            say("Staat er bij een vraag dat u ze alleen in een bepaald geval beantwoordt, sla ze dan in de andere gevallen over.",
                "Where a question says to answer it only in a certain case, skip it otherwise."),
            say("Schrijf nergens uw naam en vermeld geen namen of gegevens over personen.",
                "Do not write your name anywhere and do not mention names or details about individuals."),
            say("Geef het ingevulde formulier, bij voorkeur in een gesloten envelop, terug aan wie het u gaf. Die typt uw antwoorden over en ziet ze daarbij; daarna toont de zelfscan niemand uw individuele antwoorden of scores. Wie dat niet wil, vraagt om de vragenlijst zelf op de computer in te vullen.",
                "Hand the completed form, preferably in a sealed envelope, back to whoever gave it to you. They type your answers in and see them while doing so; after that the self-scan shows nobody your individual answers or scores. If you would rather avoid that, ask to answer on the computer yourself."),
        ]
    }

    var roleHeading: String { say("Uw rol", "Your role") }

    var roleNote: String {
        say("Kruis één rol aan. Er wordt geen naam gevraagd of bewaard.", "Tick one role. No name is asked for or kept.")
    }

    var chooseMany: String { say("Meer antwoorden mogelijk.", "You may choose more than one.") }
    var chooseOne: String { say("Eén antwoord.", "One answer.") }
    var exclusive: String { say("alleen", "only") }

    func number(_ unit: String?, minimum: String?, maximum: String?) -> String {
        let range = [minimum, maximum].compactMap { $0 }.joined(separator: "–")
        return say("Getal\(unit.map { " (\($0))" } ?? "")\(range.isEmpty ? "" : ", \(range)"):",
                   "Number\(unit.map { " (\($0))" } ?? "")\(range.isEmpty ? "" : ", \(range)"):")
    }

    var freeText: String { say("Uw antwoord:", "Your answer:") }

    var commentHeading: String { say("Opmerking bij dit deel (niet verplicht)", "Comment on this part (optional)") }

    var commentNote: String {
        say("Komt alleen in het rapport als de groep daarom vraagt, en nooit in een export. Noem geen personen.",
            "Appears in the report only when the group asks for it, and never in an export. Do not name people.")
    }

    var privacyHeading: String { say("Wat er met uw antwoorden gebeurt", "What happens with your answers") }

    var end: String { say("Einde van de vragenlijst. Dank u wel.", "End of the questionnaire. Thank you.") }

    // MARK: The page for whoever types forms in

    var typistHeading: String { say("Voor wie de formulieren intypt", "For whoever types the forms in") }

    var typistNote: String {
        say("Deze pagina hoort niet bij het formulier: geef ze niet aan de leden en druk ze apart af.",
            "This page is not part of the form: do not hand it to members, and print it separately.")
    }

    func typistSteps(id: String, version: String) -> [String] {
        [say("Maak per formulier een antwoordbestand zoals het voorbeeld hieronder (vragenlijst \(id), versie \(version)), met de codes uit de tabel: de rol, en per beantwoorde vraag de code van de vraag en die van het aangekruiste vakje.",
             "For each form, make an answer file like the example below (questionnaire \(id), version \(version)) with the codes in the table: the role, and for each question answered the question's code and the code of the box ticked."),
         say("Een vraag die het lid openliet, zet u in een lijst onder skipped: (bijvoorbeeld skipped: [code-van-de-vraag]); een vraag die volgens de voorwaarde niet voor het lid gold, laat u weg.",
             "A question the member left open goes into a list under skipped: (for example skipped: [question-code]); leave out a question that did not apply to the member under its condition."),
         say("Typ het formulier in met: zelfscan take --answers BESTAND --submit. Zonder --submit wordt het als concept bewaard; de scores van het lid worden niet getoond.",
             "Type the form in with: zelfscan take --answers FILE --submit. Without --submit it is kept as a draft; the member's scores are not shown."),
         say("Een formulier dat twee keer ingetypt wordt, weigert de zelfscan (tenzij --force). Vernietig het papier zodra het ingetypt is.",
             "A form typed in twice is refused (unless --force). Destroy the paper once it is typed in.")]
    }

    var exampleHeading: String { say("Voorbeeld van een antwoordbestand", "Example of an answer file") }

    var keyHeading: String { say("Codes per vraag", "Codes per question") }

    var keyColumns: (question: String, code: String, boxes: String) {
        (say("Vraag", "Question"), say("Code", "Code"), say("Vakjes in de volgorde van het formulier: woorden = code", "Boxes in the order on the form: words = code"))
    }

    var keyNumber: String { say("het ingevulde getal", "the number written") }
    var keyText: String { say("de geschreven tekst, tussen aanhalingstekens", "the text written, in quotes") }
    var keyList: String { say("een lijst, bijvoorbeeld [a, b]:", "a list, for example [a, b]:") }

    func commentKey(_ dimension: String) -> String { say("Opmerking bij \(dimension)", "Comment on \(dimension)") }

    private func alternatives(_ words: [String]) -> String {
        let quoted = words.map { "\"\($0)\"" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + say(" of ", " or ") + quoted[quoted.count - 1]
    }
}
