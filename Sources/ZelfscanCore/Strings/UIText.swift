import Foundation

/// The words the core's outlines and diagnostics share (labels such as "fout", "versie"); a
/// message said once is a `Phrase` where it arises instead.
public struct UIText: Sendable, PhraseBook {
    public enum Key: String, Sendable, CaseIterable {
        case version, languages, scales, missing, bands, roles, roleGroup, context, dimension, items, minCoverage
        case reverse, weight, showIf, help, benchmark, type, single, multiple, number, text, advice, none, source
        case synthetic, range, unit, maxLength, integer, yes, exclusive, referenceFigureFile
        case error, warning, note, hint, ok, errorCount, errorsCount, warningCount, warningsCount, cannotRead

        /// The words for the key; the switch is exhaustive, so a key without both languages does not compile.
        public var phrase: Phrase {
            switch self {
            case .version: Phrase(en: "version", nl: "versie")
            case .languages: Phrase(en: "languages", nl: "talen")
            case .scales: Phrase(en: "Scales", nl: "Schalen")
            case .missing: Phrase(en: "not scored", nl: "telt niet mee")
            case .bands: Phrase(en: "Norm bands (0–100)", nl: "Normbanden (0–100)")
            case .roles: Phrase(en: "Roles", nl: "Rollen")
            case .roleGroup: Phrase(en: "group", nl: "groep")
            case .context: Phrase(en: "Context (not scored)", nl: "Context (niet gescoord)")
            case .dimension: Phrase(en: "Dimension", nl: "Dimensie")
            case .items: Phrase(en: "statements", nl: "stellingen")
            case .minCoverage: Phrase(en: "minimum coverage", nl: "minimale dekking")
            case .reverse: Phrase(en: "reverse-keyed", nl: "omgekeerd gescoord")
            case .weight: Phrase(en: "weight", nl: "gewicht")
            case .showIf: Phrase(en: "only if", nl: "alleen als")
            case .help: Phrase(en: "help", nl: "uitleg")
            case .benchmark: Phrase(en: "reference figure", nl: "referentiecijfer")
            case .type: Phrase(en: "type", nl: "type")
            case .single: Phrase(en: "single choice", nl: "één keuze")
            case .multiple: Phrase(en: "multiple choice", nl: "meerkeuze")
            case .number: Phrase(en: "number", nl: "getal")
            case .text: Phrase(en: "free text", nl: "vrije tekst")
            case .advice: Phrase(en: "improvement actions per band", nl: "verbeteracties per band")
            case .none: Phrase(en: "none", nl: "geen")
            case .source: Phrase(en: "source", nl: "bron")
            case .synthetic: Phrase(en: "SYNTHETIC figures", nl: "SYNTHETISCHE cijfers")
            case .range: Phrase(en: "range", nl: "bereik")
            case .unit: Phrase(en: "unit", nl: "eenheid")
            case .maxLength: Phrase(en: "max. characters", nl: "max. tekens")
            case .integer: Phrase(en: "whole number", nl: "geheel getal")
            case .yes: Phrase(en: "yes", nl: "ja")
            case .exclusive: Phrase(en: "excludes the others", nl: "sluit de andere uit")
            case .referenceFigureFile: Phrase(en: "reference-figure file", nl: "bestand met referentiecijfers")
            case .error: Phrase(en: "error", nl: "fout")
            case .warning: Phrase(en: "warning", nl: "waarschuwing")
            case .note: Phrase(en: "note", nl: "opmerking")
            case .hint: Phrase(en: "hint", nl: "tip")
            case .ok: Phrase(en: "ok", nl: "ok")
            case .errorCount: Phrase(en: "1 error", nl: "1 fout")
            case .errorsCount: Phrase(en: "%d errors", nl: "%d fouten")
            case .warningCount: Phrase(en: "1 warning", nl: "1 waarschuwing")
            case .warningsCount: Phrase(en: "%d warnings", nl: "%d waarschuwingen")
            case .cannotRead: Phrase(en: "cannot read the file", nl: "kan het bestand niet lezen")
            }
        }
    }

    public static let supportedLanguages = Language.allCases.map(\.rawValue)

    public let language: Language

    /// Dutch unless English is asked for: Dutch is the users' language.
    public init(language: Language) {
        self.language = language
    }

    public subscript(key: Key) -> String {
        key.phrase.text(language)
    }

    /// "1 fout" / "3 fouten", "1 warning" / "2 warnings".
    public func count(_ number: Int, one: Key, many: Key) -> String {
        number == 1 ? self[one] : self[many].replacingOccurrences(of: "%d", with: String(number))
    }
}
