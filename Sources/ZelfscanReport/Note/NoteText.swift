import ZelfscanCore

/// The words of the one-page note, in Dutch and English: written for a mayor or a council, who
/// read it without the tool, the questionnaire or the full report at hand.
struct NoteText: PhraseBook {
    let language: Language
    let report: ReportText

    init(language: Language, group: GroupNoun = .neutral) {
        self.language = language
        self.report = ReportText(language: language, group: group)
    }

    var group: GroupNoun { report.group }


    /// `zelfscan-notitie-2026.html` or `zelfscan-note-2026.md`.
    func fileName(year: Int, extension ext: String) -> String {
        say(en: "zelfscan-note-\(year).\(ext)", nl: "zelfscan-notitie-\(year).\(ext)")
    }

    var kicker: String { say(en: "Note for the mayor and the council", nl: "Notitie voor burgemeester en college") }

    func heading(_ municipality: String, _ year: Int) -> String {
        say(en: "\(municipality): self-evaluation of the LIVC-R, \(year)", nl: "\(municipality): zelfevaluatie van de LIVC-R, \(year)")
    }

    func basis(_ cover: CoverFacts) -> String {
        let date = cover.date.map { say(en: ", data of \($0)", nl: ", gegevens van \($0)") } ?? ""
        return say(en: "The members of \(group.definite(.en)) assessed together how their \(group.singular(.en)) works: \(cover.submitted) members answered\(date). Scores run from 0 to 100; higher is better.",
                   nl: "De leden van \(group.definite(.nl)) beoordeelden samen hoe hun \(group.singular(.nl)) werkt: \(cover.submitted) leden antwoordden\(date). Scores lopen van 0 tot 100; hoger is beter.")
    }

    var overall: String { say(en: "Overall score", nl: "Totaalscore") }

    /// A dimension asked of part of the cell, of too few to show: never how few.
    func askedTooFew(_ minimum: Int) -> String {
        say(en: "not shown: asked of fewer than \(minimum) members", nl: "niet getoond: aan minder dan \(minimum) leden gevraagd")
    }
    var dimensionsHeading: String { say(en: "By dimension", nl: "Per dimensie") }
    var dimensionColumn: String { say(en: "Dimension", nl: "Dimensie") }
    var scoreColumn: String { say(en: "Score", nl: "Score") }
    var bandColumn: String { say(en: "Band", nl: "Niveau") }
    var peerColumn: String { say(en: "Median of other \(group.plural(.en))", nl: "Mediaan andere \(group.plural(.nl))") }

    func changeColumn(_ since: Int?) -> String {
        since.map { say(en: "Change since \($0)", nl: "Verschil met \($0)") } ?? say(en: "Change", nl: "Verschil")
    }

    var firstRound: String { say(en: "first round", nl: "eerste ronde") }

    /// A dimension whose statements are all new or reworded in this questionnaire version.
    var notComparable: String { say(en: "not comparable", nl: "niet vergelijkbaar") }

    /// Under a change marked * (across questionnaire versions, on part of a dimension).
    var partialNote: String {
        say(en: "* Measured on the statements both versions of the questionnaire ask.",
            nl: "* Gemeten op de stellingen die beide versies van de vragenlijst stellen.")
    }

    func extremes(high: String, highScore: String, low: String, lowScore: String) -> String {
        say(en: "Strongest is \(high) (\(highScore)), weakest \(low) (\(lowScore)).",
            nl: "Het sterkst is \(high) (\(highScore)), het zwakst \(low) (\(lowScore)).")
    }

    var changeNote: String {
        say(en: "A change only describes what changed, not why; who answered can differ between two rounds.",
            nl: "Een verschil beschrijft alleen wat veranderde, niet waardoor; wie er antwoordde, kan tussen twee rondes verschillen.")
    }

    func actionsHeading(_ year: Int) -> String {
        say(en: "Actions agreed after the \(year) round", nl: "Afgesproken acties na de ronde \(year)")
    }

    func earlierHeading(_ year: Int) -> String {
        say(en: "Last year's actions (agreed after the \(year) round)", nl: "Acties van vorig jaar (afgesproken na de ronde \(year))")
    }

    var noActions: String {
        say(en: "\(GroupNoun.capitalised(group.definite(.en))) has not recorded any actions yet. Whoever keeps the workspace records them with zelfscan plan after the evaluation meeting.",
            nl: "\(GroupNoun.capitalised(group.definite(.nl))) heeft nog geen acties vastgelegd. Wie de werkruimte beheert, legt ze vast met zelfscan plan na de evaluatievergadering.")
    }

    var actionColumns: (action: String, dimension: String, owner: String, due: String, status: String) {
        (say(en: "Action", nl: "Actie"), say(en: "Dimension", nl: "Dimensie"), say(en: "Who", nl: "Wie"), say(en: "Due", nl: "Tegen"), say(en: "Status", nl: "Stand"))
    }

    var privacy: String {
        say(en: "This note holds no answers or scores of individual members, no breakdown by statement or role and no comments. The full improvement report, with how everything is computed, is for \(group.definite(.en)) itself.",
            nl: "Deze notitie bevat geen antwoorden of scores van individuele leden, geen uitsplitsing per stelling of rol en geen opmerkingen. Het volledige verbeterrapport, met de uitleg van de berekening, is er voor \(group.definite(.nl)) zelf.")
    }

    func bands(_ bands: [Band]) -> String {
        let parts = bands.map { BandRange(language: language).label($0, in: bands) }
        return say(en: "Bands: ", nl: "Niveaus: ") + parts.joined(separator: "; ") + "."
    }
}
