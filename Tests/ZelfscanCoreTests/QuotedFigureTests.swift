import Foundation
import Testing
import YAML

/// A text that quotes a VVSG figure ("61% had a municipal cell", "nearly 3 in 4") must quote one
/// the reference file holds, so questionnaire texts cannot drift from the source; and every
/// figure's note must state the figure's own values, so the note cannot drift from the numbers.
@Suite("VVSG figures quoted in texts")
struct QuotedFigureTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("questionnaires")

    /// One figure of the reference file, by the numbers a text may quote.
    struct Figure {
        var id: String
        /// Every value, under `values` or `other_values`.
        var values: [String: Double]
        var approximate: Set<String>
        var note: [String: String]
    }

    static func parse(_ path: String) throws -> Node {
        try YAMLParser().parse(Array(try Data(contentsOf: folder.appendingPathComponent(path))))
    }

    static func figures() throws -> [Figure] {
        let file = try parse("benchmarks/vvsg-2022.yaml")
        return try #require(file["figures"]?.sequence).map { node in
            var values: [String: Double] = [:]
            for key in ["values", "other_values"] {
                for pair in node[key]?.mapping ?? [] {
                    values[pair.key.scalar?.text ?? ""] = Double(pair.value.scalar?.text ?? "")
                }
            }
            let approximate: Set<String>
            if node["approximate"]?.scalar?.text == "true" {
                approximate = Set(values.keys)
            } else {
                approximate = Set((node["approximate"]?.sequence ?? []).compactMap { $0.scalar?.text })
            }
            let note = Dictionary(uniqueKeysWithValues: (node["note"]?.mapping ?? []).map {
                ($0.key.scalar?.text ?? "", $0.value.scalar?.text ?? "")
            })
            return Figure(id: node["id"]?.scalar?.text ?? "", values: values, approximate: approximate, note: note)
        }
    }

    /// A localized text found in a questionnaire, with the `benchmark` of the item it belongs to.
    struct Quote {
        var place: String
        var text: String
        var benchmark: String?
    }

    /// Every `nl:` and `en:` text under `node`; an item passes its `benchmark` to the texts in it.
    static func quotes(in node: Node, place: String = "", benchmark: String? = nil) -> [Quote] {
        if let items = node.sequence {
            return items.enumerated().flatMap { quotes(in: $1, place: "\(place)[\($0)]", benchmark: benchmark) }
        }
        guard let pairs = node.mapping else { return [] }
        let id = node["id"]?.scalar?.text
        let benchmark = node["benchmark"]?.scalar?.text ?? (id == nil ? benchmark : nil)
        let place = id ?? place
        return pairs.flatMap { pair -> [Quote] in
            let key = pair.key.scalar?.text ?? ""
            if ["nl", "en"].contains(key), let text = pair.value.scalar?.text {
                return [Quote(place: "\(place).\(key)", text: text, benchmark: benchmark)]
            }
            return quotes(in: pair.value, place: "\(place).\(key)", benchmark: benchmark)
        }
    }

    /// "61%", "61 %" and "12,5%" as numbers.
    static func percentages(in text: String) -> [Double] {
        text.matches(of: /(\d+(?:[,.]\d+)?)\s?%/).compactMap { Double($0.1.replacingOccurrences(of: ",", with: ".")) }
    }

    /// "3 op 4" and "3 in 4" as the percentage they stand for.
    static func fractions(in text: String) -> [Double] {
        text.matches(of: /\b(\d+) (?:op|in) (\d+)\b/).compactMap { match in
            guard let part = Double(match.1), let whole = Double(match.2), whole > 0 else { return nil }
            return (100 * part / whole).rounded()
        }
    }

    /// The questionnaire files that may quote figures: the current one and the archived versions.
    static func questionnaireFiles() throws -> [String] {
        let walker = try #require(FileManager.default.enumerator(atPath: folder.path))
        return walker.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".yaml") && !$0.contains("benchmarks/") }
            .sorted()
    }

    @Test func everyQuotedPercentageIsAFigureOfTheReferenceFile() throws {
        let figures = try Self.figures()
        var checked = 0
        for file in try Self.questionnaireFiles() {
            for quote in Self.quotes(in: try Self.parse(file)) {
                let quoted = Self.percentages(in: quote.text)
                guard !quoted.isEmpty else { continue }
                #expect(quote.text.contains("VVSG"), "\(file) \(quote.place) quotes a percentage without naming its source")
                // A figure beside an item's answers is the one to quote; elsewhere any figure will do.
                let linked = quote.benchmark.map { reference in figures.filter { reference.hasSuffix("." + $0.id) } } ?? figures
                let allowed = Set(linked.flatMap { $0.values.values })
                for percent in quoted {
                    #expect(allowed.contains(percent), "\(file) \(quote.place) quotes \(percent)%, which is no figure in \(quote.benchmark ?? "vvsg-2022")")
                    checked += 1
                }
            }
        }
        #expect(checked >= 2, "the bundled questionnaire quotes the recalculated cell level (61% / 39%)")
    }

    @Test func everyQuotedFractionIsAnApproximateFigure() throws {
        let figures = try Self.figures()
        var checked = 0
        for file in try Self.questionnaireFiles() {
            for quote in Self.quotes(in: try Self.parse(file)) {
                for percent in Self.fractions(in: quote.text) {
                    let linked = quote.benchmark.map { reference in figures.filter { reference.hasSuffix("." + $0.id) } } ?? figures
                    let approximate = linked.flatMap { figure in figure.approximate.compactMap { figure.values[$0] } }
                    #expect(approximate.contains(percent), "\(file) \(quote.place) says \(percent)% in words, which is no approximate figure")
                    #expect(quote.text.contains("VVSG"), "\(file) \(quote.place) quotes a figure without naming its source")
                    checked += 1
                }
            }
        }
        #expect(checked >= 2, "the bundled questionnaire quotes 'bijna 3 op 4' / 'nearly 3 in 4'")
    }

    @Test func everyFigureNoteStatesItsValues() throws {
        let figures = try Self.figures()
        #expect(figures.count >= 12)
        for figure in figures {
            for language in ["nl", "en"] {
                let note = try #require(figure.note[language], "\(figure.id) has no \(language) note")
                let stated = Set(Self.percentages(in: note))
                let numbers = Set(note.matches(of: /\b\d+\b/).compactMap { Double($0.output) })
                for (category, value) in figure.values {
                    if figure.approximate.contains(category) {
                        #expect(numbers.contains(value), "\(figure.id).\(category): the \(language) note never names \(value)")
                    } else {
                        #expect(stated.contains(value), "\(figure.id).\(category): the \(language) note never states \(value)%")
                    }
                }
            }
        }
    }

    @Test func theFourFiguresUnusedIn2026_1AreThereAsPrinted() throws {
        let figures = Dictionary(uniqueKeysWithValues: try Self.figures().map { ($0.id, $0.values) })
        let localPolicy: [String: Double] = ["yes": 38, "no": 62]
        let signalSources: [String: Double] = [
            "police": 91, "ocmw": 59, "school": 53, "municipality": 43, "citizens": 37,
            "mayor": 32, "youth-work": 22, "ocad": 21, "prosecutor": 18, "clb": 18,
        ]
        let otherPlatforms: [String: Double] = ["integral-safety": 19, "domestic-violence": 15, "social-housing": 13, "addiction": 10]
        let trainingNeeds: [String: Double] = ["signal-detection": 36, "none": 34, "online-hate": 32, "livc-functioning": 24]
        #expect(figures["local-policy"] == localPolicy)
        #expect(figures["signal-sources"] == signalSources)
        #expect(figures["other-platforms"] == otherPlatforms)
        #expect(figures["training-needs"] == trainingNeeds)
        // Tabel 12 among the 109 municipalities that have a cell: 66/109 and 43/109.
        let municipal = (100.0 * 66 / 109).rounded()
        let zone = (100.0 * 43 / 109).rounded()
        let cellLevel: [String: Double] = ["municipal": municipal, "zone": zone]
        #expect(figures["cell-level"] == cellLevel)
    }

    @Test func detectsAFigureTheFileDoesNotHold() {
        #expect(Self.percentages(in: "in 2022 had 62,5% een cel en 7 % niet") == [62.5, 7])
        #expect(Self.fractions(in: "bijna 3 op 4 gemeenten; nearly 3 in 4") == [75, 75])
        let node = try? YAMLParser().parse("items:\n  - id: a\n    benchmark: vvsg-2022.tables\n    help: {nl: \"x\", en: \"y\"}\n")
        let quotes = node.map { Self.quotes(in: $0) } ?? []
        #expect(quotes.map(\.place) == ["a.help.nl", "a.help.en"])
        #expect(quotes.allSatisfy { $0.benchmark == "vvsg-2022.tables" })
    }
}
