import Testing
import YAML
@testable import ZelfscanCore

/// A small questionnaire that uses every part of the format, and its reference-figure file.
/// Broken variants are made by editing it, so each test changes one thing.
enum Fixture {
    static let file = "test/scan.yaml"
    static let benchmarkPath = "test/benchmarks/ref-2022.yaml"

    static let questionnaire = """
        format: 1
        id: test-scan
        version: "1.0"
        languages: [nl, en]
        title: {nl: "Testscan", en: "Test scan"}
        introduction: {nl: "Inleiding", en: "Introduction"}
        privacy: {nl: "Geen namen", en: "No names"}
        scales:
          agree5:
            title: {nl: "Akkoord", en: "Agreement"}
            options:
              - {value: 1, label: {nl: "Oneens", en: "Disagree"}}
              - {value: 3, label: {nl: "Neutraal", en: "Neutral"}}
              - {value: 5, label: {nl: "Eens", en: "Agree"}}
            missing:
              - {code: dk, label: {nl: "Weet niet", en: "Don't know"}}
          yesno:
            options:
              - {value: 0, label: {nl: "Nee", en: "No"}}
              - {value: 1, label: {nl: "Ja", en: "Yes"}}
        bands:
          - {from: 0, to: 50, code: attention, label: {nl: "Aandacht", en: "Attention"}}
          - {from: 50, to: 75, code: developing, label: {nl: "Groei", en: "Developing"}}
          - {from: 75, to: 100, code: strength, label: {nl: "Sterkte", en: "Strength"}}
        role_groups:
          - {id: security, label: {nl: "Veiligheid", en: "Security"}}
          - {id: social, label: {nl: "Sociaal", en: "Social"}}
        roles:
          - {id: police, group: security, label: {nl: "Politie", en: "Police"}}
          - {id: prevention, group: social, label: {nl: "Preventie", en: "Prevention"}}
        benchmarks:
          - {id: ref-2022, file: benchmarks/ref-2022.yaml}
        context:
          title: {nl: "Over uw cel", en: "About your cell"}
          items:
            - id: context.level
              type: single
              text: {nl: "Niveau?", en: "Level?"}
              options:
                - {code: municipal, label: {nl: "Gemeente", en: "Municipal"}}
                - {code: zone, label: {nl: "Zone", en: "Zone"}}
              missing:
                - {code: dk, label: {nl: "Weet niet", en: "Don't know"}}
              benchmark: ref-2022.cell-level
            - id: context.partners
              type: multiple
              text: {nl: "Partners?", en: "Partners?"}
              options:
                - {code: police, label: {nl: "Politie", en: "Police"}}
                - {code: school, label: {nl: "School", en: "School"}}
            - id: context.cases
              type: number
              text: {nl: "Aantal casussen?", en: "Number of cases?"}
              min: 0
              max: 500
              integer: true
              unit: {nl: "casussen", en: "cases"}
              show_if: {item: context.level, equals: zone}
            - id: context.remarks
              type: text
              text: {nl: "Opmerkingen?", en: "Remarks?"}
              max_length: 300
        dimensions:
          - id: trust
            title: {nl: "Vertrouwen", en: "Trust"}
            description: {nl: "Over vertrouwen", en: "About trust"}
            min_coverage: 0.5
            items:
              - id: trust.share
                text: {nl: "Ik deel informatie.", en: "I share information."}
                help: {nl: "Uitleg", en: "Explanation"}
                scale: agree5
              - id: trust.fear
                text: {nl: "Ik ben terughoudend.", en: "I hold back."}
                scale: agree5
                reverse: true
                weight: 2
                show_if: {item: trust.share, at_least: 3}
            advice:
              attention:
                - {nl: "Maak afspraken.", en: "Make agreements."}
              developing:
                - {nl: "Evalueer samen.", en: "Evaluate together."}
              strength:
                - {nl: "Houd vol.", en: "Keep it up."}
          - id: vision
            title: {nl: "Visie", en: "Vision"}
            items:
              - id: vision.shared
                text: {nl: "We delen een visie.", en: "We share a vision."}
                scale: yesno
                show_if: {any: [{role: [police]}, {item: context.level, in: [municipal, dk]}]}
            advice:
              attention: [{nl: "Praat.", en: "Talk."}]
              developing: [{nl: "Schrijf.", en: "Write."}]
              strength: [{nl: "Deel.", en: "Share."}]

        """

    static let benchmark = """
        format: 1
        id: ref-2022
        synthetic: true
        source:
          title: "Testbevraging 2022"
          publisher: Tester
          year: 2022
        figures:
          - id: cell-level
            table: "Tabel 1"
            n: 100
            unit: percent
            question: {nl: "Niveau?", en: "Level?"}
            values:
              municipal: 60
              zone: 30
            other_values:
              none: 10

        """

    /// The baseline with each `(old, new)` applied; every `old` must occur exactly once.
    static func editing(_ edits: (String, String)..., sourceLocation: SourceLocation = #_sourceLocation) -> String {
        apply(edits, to: questionnaire, sourceLocation: sourceLocation)
    }

    /// The reference-figure file with each `(old, new)` applied.
    static func editingBenchmark(_ edits: (String, String)..., sourceLocation: SourceLocation = #_sourceLocation) -> String {
        apply(edits, to: benchmark, sourceLocation: sourceLocation)
    }

    static func apply(_ edits: [(String, String)], to text: String, sourceLocation: SourceLocation) -> String {
        var result = text
        for (old, new) in edits {
            let count = result.components(separatedBy: old).count - 1
            if count != 1 {
                Issue.record("the fixture holds '\(old)' \(count) times; an edit needs exactly one", sourceLocation: sourceLocation)
                continue
            }
            result = result.replacingOccurrences(of: old, with: new)
        }
        return result
    }
}

/// Loads questionnaire text as `Fixture.file`, serving the reference-figure file (and any other
/// files) from memory.
func load(_ text: String, benchmark: String? = Fixture.benchmark, files: [String: String] = [:]) -> QuestionnaireLoader.Result {
    var served = files
    if let benchmark { served[Fixture.benchmarkPath] = benchmark }
    let table = served
    return QuestionnaireLoader().load(file: Fixture.file, bytes: Array(text.utf8)) { path in
        guard let content = table[path] else { throw FileReadError(path: path, reason: .notFound) }
        return Array(content.utf8)
    }
}

extension QuestionnaireLoader.Result {
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// The one error of the result; records every error found when there is not exactly one.
    func onlyError(sourceLocation: SourceLocation = #_sourceLocation) throws -> Diagnostic {
        try only(errors, sourceLocation: sourceLocation)
    }

    /// The one error whose message contains `fragment`.
    func error(containing fragment: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Diagnostic {
        try only(errors.filter { $0.message.contains(fragment) }, sourceLocation: sourceLocation)
    }

    private func only(_ found: [Diagnostic], sourceLocation: SourceLocation) throws -> Diagnostic {
        if found.count != 1 {
            let listing = diagnostics.map { "\($0.file):\($0.line):\($0.column): \($0.severity): \($0.message)" }.joined(separator: "\n")
            Issue.record("expected one matching error, found \(found.count); all diagnostics:\n\(listing)", sourceLocation: sourceLocation)
            throw FixtureError.notExactlyOne
        }
        return found[0]
    }
}

enum FixtureError: Error {
    case notExactlyOne
    case notFound(String)
}

extension String {
    /// Where `needle` is written, 1-based; with `after`, the first `needle` after that text.
    /// Columns count Unicode scalars, as marks do.
    func mark(of needle: String, after anchor: String? = nil) throws -> Mark {
        var start = startIndex
        if let anchor {
            guard let found = range(of: anchor) else { throw FixtureError.notFound(anchor) }
            start = found.lowerBound
        }
        guard let found = range(of: needle, range: start..<endIndex) else { throw FixtureError.notFound(needle) }
        let before = self[startIndex..<found.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { index(after: $0) } ?? startIndex
        let column = self[lineStart..<found.lowerBound].unicodeScalars.count + 1
        return Mark(line: line, column: column)
    }

    /// The 1-based line on which `needle` is written.
    func line(of needle: String, after anchor: String? = nil) throws -> Int {
        try mark(of: needle, after: anchor).line
    }
}
