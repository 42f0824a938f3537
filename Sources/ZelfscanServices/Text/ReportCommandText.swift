import ZelfscanText

/// What `zelfscan report` and `zelfscan print` say on the terminal, in Dutch and English.
public struct ReportCommandText: PhraseBook {
    public let language: Language

    /// What the questionnaire calls the group ("de cel", "het partnerschap"); neutral by default.
    public let group: GroupNoun

    public init(language: Language, group: GroupNoun = .neutral) {
        self.language = language
        self.group = group
    }

    public var commentsWarning: String {
        say(en: "Note: you asked for the members' comments. Free text can identify people; do not share the report outside \(group.definite(.en)).",
            nl: "Let op: u vroeg om de opmerkingen van de leden. Vrije tekst kan personen herkenbaar maken; deel het rapport niet buiten \(group.definite(.nl)).")
    }

    public func synthetic(cellInvented: Bool) -> String {
        cellInvented
            ? say(en: "SYNTHETIC DEMO DATA: this report is about an invented \(group.singular(.en)).", nl: "SYNTHETISCHE DEMODATA: dit rapport gaat over een verzonnen \(group.singular(.nl)).")
            : say(en: "SYNTHETIC COMPARISON DATA: \(group.definite(.en)) is real, but it is compared with invented data.",
                  nl: "SYNTHETISCHE VERGELIJKINGSDATA: \(group.definite(.nl)) is echt, maar wordt vergeleken met verzonnen gegevens.")
    }

    public func written(_ path: String) -> String { say(en: "Report written: \(path)", nl: "Rapport geschreven: \(path)") }

    public func paperWritten(_ path: String) -> String {
        say(en: "Paper questionnaire written: \(path) (open it in a browser and print on A4)",
            nl: "Papieren vragenlijst geschreven: \(path) (open in een browser en druk af op A4)")
    }

    /// A usage error, said before the interface language is known, hence the whole Phrase.
    public static func unknownFormat(_ format: String) -> Phrase {
        Phrase(en: "unknown report format '\(format)'; use html, md or html,md", nl: "onbekend rapportformaat '\(format)'; gebruik html, md of html,md")
    }
}
