import ZelfscanCore

/// The words of the one-page note, in Dutch and English: written for a mayor or a council, who
/// read it without the tool, the questionnaire or the full report at hand.
struct NoteText {
    let language: Language
    let report: ReportText

    init(language: Language) {
        self.language = language
        self.report = ReportText(language: language)
    }

    private func say(_ nl: String, _ en: String) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }

    /// `zelfscan-notitie-2026.html` or `zelfscan-note-2026.md`.
    func fileName(year: Int, extension ext: String) -> String {
        say("zelfscan-notitie-\(year).\(ext)", "zelfscan-note-\(year).\(ext)")
    }

    var kicker: String { say("Notitie voor burgemeester en college", "Note for the mayor and the council") }

    func heading(_ municipality: String, _ year: Int) -> String {
        say("\(municipality): zelfevaluatie van de LIVC-R, \(year)", "\(municipality): self-evaluation of the LIVC-R, \(year)")
    }

    func basis(_ cover: CoverFacts) -> String {
        let date = cover.date.map { say(", gegevens van \($0)", ", data of \($0)") } ?? ""
        return say("De leden van de lokale integrale veiligheidscel beoordeelden samen hoe de cel werkt: \(cover.submitted) leden antwoordden\(date). Scores lopen van 0 tot 100; hoger is beter.",
                   "The members of the local integrated security cell assessed together how the cell works: \(cover.submitted) members answered\(date). Scores run from 0 to 100; higher is better.")
    }

    var overall: String { say("Totaalscore", "Overall score") }
    var dimensionsHeading: String { say("Per dimensie", "By dimension") }
    var dimensionColumn: String { say("Dimensie", "Dimension") }
    var scoreColumn: String { say("Score", "Score") }
    var bandColumn: String { say("Niveau", "Band") }
    var peerColumn: String { say("Mediaan andere cellen", "Median of other cells") }

    func changeColumn(_ since: Int?) -> String {
        since.map { say("Verschil met \($0)", "Change since \($0)") } ?? say("Verschil", "Change")
    }

    var firstRound: String { say("eerste ronde", "first round") }

    func extremes(high: String, highScore: String, low: String, lowScore: String) -> String {
        say("Het sterkst is \(high) (\(highScore)), het zwakst \(low) (\(lowScore)).",
            "Strongest is \(high) (\(highScore)), weakest \(low) (\(lowScore)).")
    }

    var changeNote: String {
        say("Een verschil beschrijft alleen wat veranderde, niet waardoor; wie er antwoordde, kan tussen twee rondes verschillen.",
            "A change only describes what changed, not why; who answered can differ between two rounds.")
    }

    func actionsHeading(_ year: Int) -> String {
        say("Afgesproken acties na de ronde \(year)", "Actions agreed after the \(year) round")
    }

    func earlierHeading(_ year: Int) -> String {
        say("Acties van vorig jaar (afgesproken na de ronde \(year))", "Last year's actions (agreed after the \(year) round)")
    }

    var noActions: String {
        say("De cel heeft nog geen acties vastgelegd. De coördinator legt ze vast met zelfscan plan na de evaluatievergadering.",
            "The cell has not recorded any actions yet. The coordinator records them with zelfscan plan after the evaluation meeting.")
    }

    var actionColumns: (action: String, dimension: String, owner: String, due: String, status: String) {
        (say("Actie", "Action"), say("Dimensie", "Dimension"), say("Wie", "Who"), say("Tegen", "Due"), say("Stand", "Status"))
    }

    var privacy: String {
        say("Deze notitie bevat geen antwoorden of scores van individuele leden, geen uitsplitsing per stelling of rol en geen opmerkingen. Het volledige verbeterrapport, met de uitleg van de berekening, is er voor de cel zelf.",
            "This note holds no answers or scores of individual members, no breakdown by statement or role and no comments. The full improvement report, with how everything is computed, is for the cell itself.")
    }

    func bands(_ bands: [Band]) -> String {
        let parts = bands.map { band in
            "\(band.label.text(language)) \(language.decimal(NumberText.format(band.from)))–\(language.decimal(NumberText.format(band.to)))"
        }
        return say("Niveaus: ", "Bands: ") + parts.joined(separator: ", ") + "."
    }
}
