import ZelfscanCore

/// The words of the one-page note, in Dutch and English: written for a mayor or a council, who
/// read it without the tool, the questionnaire or the full report at hand.
struct NoteText: PhraseBook {
    let language: Language
    let report: ReportText

    init(language: Language) {
        self.language = language
        self.report = ReportText(language: language)
    }


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
        return say(en: "The members of the local integrated security cell assessed together how the cell works: \(cover.submitted) members answered\(date). Scores run from 0 to 100; higher is better.",
                   nl: "De leden van de lokale integrale veiligheidscel beoordeelden samen hoe de cel werkt: \(cover.submitted) leden antwoordden\(date). Scores lopen van 0 tot 100; hoger is beter.")
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
    var peerColumn: String { say(en: "Median of other cells", nl: "Mediaan andere cellen") }

    func changeColumn(_ since: Int?) -> String {
        since.map { say(en: "Change since \($0)", nl: "Verschil met \($0)") } ?? say(en: "Change", nl: "Verschil")
    }

    var firstRound: String { say(en: "first round", nl: "eerste ronde") }

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
        say(en: "The cell has not recorded any actions yet. The coordinator records them with zelfscan plan after the evaluation meeting.",
            nl: "De cel heeft nog geen acties vastgelegd. De coördinator legt ze vast met zelfscan plan na de evaluatievergadering.")
    }

    var actionColumns: (action: String, dimension: String, owner: String, due: String, status: String) {
        (say(en: "Action", nl: "Actie"), say(en: "Dimension", nl: "Dimensie"), say(en: "Who", nl: "Wie"), say(en: "Due", nl: "Tegen"), say(en: "Status", nl: "Stand"))
    }

    var privacy: String {
        say(en: "This note holds no answers or scores of individual members, no breakdown by statement or role and no comments. The full improvement report, with how everything is computed, is for the cell itself.",
            nl: "Deze notitie bevat geen antwoorden of scores van individuele leden, geen uitsplitsing per stelling of rol en geen opmerkingen. Het volledige verbeterrapport, met de uitleg van de berekening, is er voor de cel zelf.")
    }

    func bands(_ bands: [Band]) -> String {
        let parts = bands.map { band in
            "\(band.label.text(language)) \(language.decimal(NumberText.format(band.from)))–\(language.decimal(NumberText.format(band.to)))"
        }
        return say(en: "Bands: ", nl: "Niveaus: ") + parts.joined(separator: ", ") + "."
    }
}
