import Foundation

/// The words the core's outlines and diagnostics share (labels such as "fout", "versie"); a
/// message said once is a `Phrase` where it arises instead.
public struct UIText: Sendable {
    public enum Key: String, Sendable, CaseIterable {
        case version, languages, scales, missing, bands, roles, roleGroup, context, dimension, items, minCoverage
        case reverse, weight, showIf, help, benchmark, type, single, multiple, number, text, advice, none, source
        case synthetic, range, unit, maxLength, integer, yes, exclusive, referenceFigureFile
        case error, warning, note, hint, ok, errorCount, errorsCount, warningCount, warningsCount, cannotRead
    }

    public static let supportedLanguages = Language.allCases.map(\.rawValue)

    private static let catalogue = TextCatalogue<Key> { key in
        switch key {
        case .version: ("versie", "version")
        case .languages: ("talen", "languages")
        case .scales: ("Schalen", "Scales")
        case .missing: ("telt niet mee", "not scored")
        case .bands: ("Normbanden (0–100)", "Norm bands (0–100)")
        case .roles: ("Rollen", "Roles")
        case .roleGroup: ("groep", "group")
        case .context: ("Context (niet gescoord)", "Context (not scored)")
        case .dimension: ("Dimensie", "Dimension")
        case .items: ("stellingen", "statements")
        case .minCoverage: ("minimale dekking", "minimum coverage")
        case .reverse: ("omgekeerd gescoord", "reverse-keyed")
        case .weight: ("gewicht", "weight")
        case .showIf: ("alleen als", "only if")
        case .help: ("uitleg", "help")
        case .benchmark: ("referentiecijfer", "reference figure")
        case .type: ("type", "type")
        case .single: ("één keuze", "single choice")
        case .multiple: ("meerkeuze", "multiple choice")
        case .number: ("getal", "number")
        case .text: ("vrije tekst", "free text")
        case .advice: ("verbeteracties per band", "improvement actions per band")
        case .none: ("geen", "none")
        case .source: ("bron", "source")
        case .synthetic: ("SYNTHETISCHE cijfers", "SYNTHETIC figures")
        case .range: ("bereik", "range")
        case .unit: ("eenheid", "unit")
        case .maxLength: ("max. tekens", "max. characters")
        case .integer: ("geheel getal", "whole number")
        case .yes: ("ja", "yes")
        case .exclusive: ("sluit de andere uit", "excludes the others")
        case .referenceFigureFile: ("bestand met referentiecijfers", "reference-figure file")
        case .error: ("fout", "error")
        case .warning: ("waarschuwing", "warning")
        case .note: ("opmerking", "note")
        case .hint: ("tip", "hint")
        case .ok: ("ok", "ok")
        case .errorCount: ("1 fout", "1 error")
        case .errorsCount: ("%d fouten", "%d errors")
        case .warningCount: ("1 waarschuwing", "1 warning")
        case .warningsCount: ("%d waarschuwingen", "%d warnings")
        case .cannotRead: ("kan het bestand niet lezen", "cannot read the file")
        }
    }

    public let language: Language

    /// Dutch unless English is asked for: Dutch is the users' language.
    public init(language: Language) {
        self.language = language
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
        Language(environment: environment).rawValue
    }
}
