/// The tool's own words in each interface language, kept in one catalogue rather than scattered
/// through the code.
public struct UIText: Sendable {
    public enum Key: String, Sendable, CaseIterable {
        case version, languages, scales, missing, bands, roles, roleGroup, context, dimension, items, minCoverage
        case reverse, weight, showIf, help, benchmark, type, single, multiple, number, text, advice, none, source
        case synthetic, range, unit, maxLength, integer, yes
    }

    public static let supportedLanguages = ["nl", "en"]

    private static let catalogue: [Key: (nl: String, en: String)] = [
        .version: ("versie", "version"),
        .languages: ("talen", "languages"),
        .scales: ("Schalen", "Scales"),
        .missing: ("telt niet mee", "not scored"),
        .bands: ("Normbanden (0–100)", "Norm bands (0–100)"),
        .roles: ("Rollen", "Roles"),
        .roleGroup: ("groep", "group"),
        .context: ("Context (niet gescoord)", "Context (not scored)"),
        .dimension: ("Dimensie", "Dimension"),
        .items: ("stellingen", "statements"),
        .minCoverage: ("minimale dekking", "minimum coverage"),
        .reverse: ("omgekeerd gescoord", "reverse-keyed"),
        .weight: ("gewicht", "weight"),
        .showIf: ("alleen als", "only if"),
        .help: ("uitleg", "help"),
        .benchmark: ("referentiecijfer", "reference figure"),
        .type: ("type", "type"),
        .single: ("één keuze", "single choice"),
        .multiple: ("meerkeuze", "multiple choice"),
        .number: ("getal", "number"),
        .text: ("vrije tekst", "free text"),
        .advice: ("verbeteracties per band", "improvement actions per band"),
        .none: ("geen", "none"),
        .source: ("bron", "source"),
        .synthetic: ("SYNTHETISCHE cijfers", "SYNTHETIC figures"),
        .range: ("bereik", "range"),
        .unit: ("eenheid", "unit"),
        .maxLength: ("max. tekens", "max. characters"),
        .integer: ("geheel getal", "whole number"),
        .yes: ("ja", "yes"),
    ]

    public let language: String

    /// Dutch unless English is asked for: Dutch is the users' language.
    public init(language: String) {
        self.language = language == "en" ? "en" : "nl"
    }

    public subscript(key: Key) -> String {
        let entry = Self.catalogue[key]!
        return language == "en" ? entry.en : entry.nl
    }
}
