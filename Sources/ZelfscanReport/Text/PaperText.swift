import ZelfscanCore

/// The words of the paper questionnaire, in Dutch and English. The members' pages hold no
/// command, id or code; those are on the page for whoever types the forms in.
struct PaperText: PhraseBook {
    let language: Language
    /// What the questionnaire calls the group ("de cel", "het partnerschap").
    var group: GroupNoun = .neutral


    var kicker: String { say(en: "Paper form", nl: "Papieren formulier") }

    func versionLine(_ version: String) -> String { say(en: "version \(version)", nl: "versie \(version)") }

    var instructionHeading: String { say(en: "How to fill in", nl: "Zo vult u in") }

    /// `dontKnow`: the words of the scales' non-substantive boxes, so the instruction names
    /// the box the member will find.
    func instructions(dontKnow: [String]) -> [String] {
        let escape = dontKnow.isEmpty ? ""
            : say(en: " If you cannot answer a question, tick \(alternatives(dontKnow)).",
                  nl: " Kunt u een vraag niet beantwoorden, kruis dan \(alternatives(dontKnow)) aan.")
        return [
            say(en: "Tick one box per question, unless it says you may choose more than one.",
                nl: "Kruis per vraag één vakje aan, tenzij er staat dat u meer antwoorden mag kiezen.") + escape,
            say(en: "Where a question says to answer it only in a certain case, skip it otherwise.",
                nl: "Staat er bij een vraag dat u ze alleen in een bepaald geval beantwoordt, sla ze dan in de andere gevallen over."),
            say(en: "Do not write your name anywhere and do not mention names or details about individuals.",
                nl: "Schrijf nergens uw naam en vermeld geen namen of gegevens over personen."),
            say(en: "Hand the completed form, preferably in a sealed envelope, back to whoever gave it to you. They type your answers in and see them while doing so; after that the self-scan shows nobody your individual answers or scores. If you would rather avoid that, ask to answer on the computer yourself.",
                nl: "Geef het ingevulde formulier, bij voorkeur in een gesloten envelop, terug aan wie het u gaf. Die typt uw antwoorden over en ziet ze daarbij; daarna toont de zelfscan niemand uw individuele antwoorden of scores. Wie dat niet wil, vraagt om de vragenlijst zelf op de computer in te vullen."),
        ]
    }

    var roleHeading: String { say(en: "Your role", nl: "Uw rol") }

    var roleNote: String {
        say(en: "Tick one role. No name is asked for or kept.", nl: "Kruis één rol aan. Er wordt geen naam gevraagd of bewaard.")
    }

    var chooseMany: String { say(en: "You may choose more than one.", nl: "Meer antwoorden mogelijk.") }
    var chooseOne: String { say(en: "One answer.", nl: "Eén antwoord.") }
    var exclusive: String { say(en: "only", nl: "alleen") }

    func number(_ unit: String?, minimum: String?, maximum: String?) -> String {
        let range = [minimum, maximum].compactMap { $0 }.joined(separator: "–")
        return say(en: "Number\(unit.map { " (\($0))" } ?? "")\(range.isEmpty ? "" : ", \(range)"):",
                   nl: "Getal\(unit.map { " (\($0))" } ?? "")\(range.isEmpty ? "" : ", \(range)"):")
    }

    var freeText: String { say(en: "Your answer:", nl: "Uw antwoord:") }

    var commentHeading: String { say(en: "Comment on this part (optional)", nl: "Opmerking bij dit deel (niet verplicht)") }

    var commentNote: String {
        say(en: "Appears in the report only when \(group.definite(.en)) asks for it, and never in an export. Do not name people.",
            nl: "Komt alleen in het rapport als \(group.definite(.nl)) daarom vraagt, en nooit in een export. Noem geen personen.")
    }

    var knowledgeNote: String {
        say(en: "These questions check what \(group.definite(.en)) knows. They count in no score, and the report shows only how many members answered each one rightly, never who.",
            nl: "Deze vragen toetsen wat \(group.definite(.nl)) weet. Ze tellen in geen enkele score mee, en het rapport toont alleen hoeveel leden elke vraag juist beantwoordden, nooit wie.")
    }

    var privacyHeading: String { say(en: "What happens with your answers", nl: "Wat er met uw antwoorden gebeurt") }

    var end: String { say(en: "End of the questionnaire. Thank you.", nl: "Einde van de vragenlijst. Dank u wel.") }

    // MARK: The page for whoever types forms in

    var typistHeading: String { say(en: "For whoever types the forms in", nl: "Voor wie de formulieren intypt") }

    var typistNote: String {
        say(en: "This page is not part of the form: do not hand it to members, and print it separately.",
            nl: "Deze pagina hoort niet bij het formulier: geef ze niet aan de leden en druk ze apart af.")
    }

    func typistSteps(id: String, version: String) -> [String] {
        [say(en: "For each form, make an answer file like the example below (questionnaire \(id), version \(version)) with the codes in the table: the role, and for each question answered the question's code and the code of the box ticked.",
             nl: "Maak per formulier een antwoordbestand zoals het voorbeeld hieronder (vragenlijst \(id), versie \(version)), met de codes uit de tabel: de rol, en per beantwoorde vraag de code van de vraag en die van het aangekruiste vakje."),
         say(en: "A question the member left open goes into a list under skipped: (for example skipped: [question-code]); leave out a question that did not apply to the member under its condition.",
             nl: "Een vraag die het lid openliet, zet u in een lijst onder skipped: (bijvoorbeeld skipped: [code-van-de-vraag]); een vraag die volgens de voorwaarde niet voor het lid gold, laat u weg."),
         say(en: "Type the form in with: zelfscan take --answers FILE --submit. Without --submit it is kept as a draft; the member's scores are not shown.",
             nl: "Typ het formulier in met: zelfscan take --answers BESTAND --submit. Zonder --submit wordt het als concept bewaard; de scores van het lid worden niet getoond."),
         say(en: "A form typed in twice is refused (unless --force). Destroy the paper once it is typed in.",
             nl: "Een formulier dat twee keer ingetypt wordt, weigert de zelfscan (tenzij --force). Vernietig het papier zodra het ingetypt is.")]
    }

    var exampleHeading: String { say(en: "Example of an answer file", nl: "Voorbeeld van een antwoordbestand") }

    var keyHeading: String { say(en: "Codes per question", nl: "Codes per vraag") }

    var keyColumns: (question: String, code: String, boxes: String) {
        (say(en: "Question", nl: "Vraag"), say(en: "Code", nl: "Code"), say(en: "Boxes in the order on the form: words = code", nl: "Vakjes in de volgorde van het formulier: woorden = code"))
    }

    var keyNumber: String { say(en: "the number written", nl: "het ingevulde getal") }
    var keyText: String { say(en: "the text written, in quotes", nl: "de geschreven tekst, tussen aanhalingstekens") }
    var keyList: String { say(en: "a list, for example [a, b]:", nl: "een lijst, bijvoorbeeld [a, b]:") }

    func commentKey(_ dimension: String) -> String { say(en: "Comment on \(dimension)", nl: "Opmerking bij \(dimension)") }

    private func alternatives(_ words: [String]) -> String {
        let quoted = words.map { "\"\($0)\"" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + say(en: " or ", nl: " of ") + quoted[quoted.count - 1]
    }
}
