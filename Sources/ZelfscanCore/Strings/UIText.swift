import Foundation

/// The tool's own words in each interface language, kept in one catalogue rather than scattered
/// through the code.
public struct UIText: Sendable {
    public enum Key: String, Sendable, CaseIterable {
        case version, languages, scales, missing, bands, roles, roleGroup, context, dimension, items, minCoverage
        case reverse, weight, showIf, help, benchmark, type, single, multiple, number, text, advice, none, source
        case synthetic, range, unit, maxLength, integer, yes, exclusive, referenceFigureFile
        case error, warning, note, hint, ok, errorCount, errorsCount, warningCount, warningsCount, cannotRead
    }

    public static let supportedLanguages = ["nl", "en"]

    private static let catalogue = TextCatalogue<Key>([
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
        .exclusive: ("sluit de andere uit", "excludes the others"),
        .referenceFigureFile: ("bestand met referentiecijfers", "reference-figure file"),
        .error: ("fout", "error"),
        .warning: ("waarschuwing", "warning"),
        .note: ("opmerking", "note"),
        .hint: ("tip", "hint"),
        .ok: ("ok", "ok"),
        .errorCount: ("1 fout", "1 error"),
        .errorsCount: ("%d fouten", "%d errors"),
        .warningCount: ("1 waarschuwing", "1 warning"),
        .warningsCount: ("%d waarschuwingen", "%d warnings"),
        .cannotRead: ("kan het bestand niet lezen", "cannot read the file"),
    ])

    public let language: String

    /// Dutch unless English is asked for: Dutch is the users' language.
    public init(language: String) {
        self.language = InterfaceLanguage.normalised(language)
    }

    public subscript(key: Key) -> String {
        Self.catalogue.text(key, language: language)
    }

    /// "1 fout" / "3 fouten", "1 warning" / "2 warnings".
    public func count(_ number: Int, one: Key, many: Key) -> String {
        number == 1 ? self[one] : self[many].replacingOccurrences(of: "%d", with: String(number))
    }

    /// The interface language from the environment: English when the locale asks for it, Dutch
    /// otherwise, since Dutch is the users' language.
    public static func language(environment: [String: String]) -> String {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.hasPrefix("en") ? "en" : "nl"
        }
        return "nl"
    }
}
