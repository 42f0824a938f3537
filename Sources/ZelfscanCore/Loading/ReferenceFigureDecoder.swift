import YAML

/// Reads a reference-figure file (published survey figures) into a `ReferenceFigureSet`.
struct ReferenceFigureDecoder {
    /// Where each figure category was written, to point at it when a context item does not offer it.
    struct CategoryMarks {
        var marks: [String: Mark] = [:]
        func mark(figure: String, category: String) -> Mark? { marks["\(figure)\u{0}\(category)"] }
        mutating func set(_ mark: Mark, figure: String, category: String) { marks["\(figure)\u{0}\(category)"] = mark }
    }

    var reader: FieldReader
    var categoryMarks = CategoryMarks()

    init(file: String, languages: [String]) {
        reader = FieldReader(file: file)
        reader.languages = languages
    }

    mutating func decode(_ root: Node) -> ReferenceFigureSet? {
        guard let fields = reader.fields(
            root, of: Phrase(en: "the reference-figure file", nl: "het bestand met referentiecijfers"),
            required: ["format", "id", "source", "figures"], optional: ["synthetic"])
        else { return nil }
        if let format = reader.integer(fields["format"], .key("format")), format != 1 {
            reader.log.error(Phrase(en: "format \(format) is not supported; this version of zelfscan reads format 1",
                                    nl: "formaat \(format) wordt niet ondersteund; deze versie van zelfscan leest formaat 1"),
                             at: fields["format"]!.mark)
        }
        let id = reader.identifier(fields["id"], .key("id"))
        let synthetic = fields["synthetic"].map { reader.boolean($0, .key("synthetic")) } ?? false
        let source = fields["source"].flatMap { decodeSource($0) }
        var figures: [ReferenceFigure] = []
        var seen: [String: Mark] = [:]
        for node in reader.list(fields["figures"], .key("figures")) ?? [] {
            if let figure = decodeFigure(node, seen: &seen) { figures.append(figure) }
        }
        guard let id, let synthetic, let source, !reader.log.hasErrors else { return nil }
        return ReferenceFigureSet(id: id, synthetic: synthetic, source: source, figures: figures)
    }

    private mutating func decodeSource(_ node: Node) -> ReferenceFigureSet.Source? {
        let owner = Phrase(en: "the source", nl: "de bron")
        guard let fields = reader.fields(
            node, of: .key("source"), required: ["title", "publisher", "year"], optional: ["period", "document", "note"])
        else { return nil }
        let title = reader.text(fields["title"], .key("title", of: owner))
        let publisher = reader.text(fields["publisher"], .key("publisher", of: owner))
        let year = reader.integer(fields["year"], .key("year", of: owner))
        let period = reader.text(fields["period"], .key("period", of: owner))
        let document = reader.text(fields["document"], .key("document", of: owner))
        let note = reader.localized(fields["note"], .key("note", of: owner))
        guard let title, let publisher, let year else { return nil }
        return .init(title: title, publisher: publisher, year: year, period: period, document: document, note: note)
    }

    private mutating func decodeFigure(_ node: Node, seen: inout [String: Mark]) -> ReferenceFigure? {
        guard let fields = reader.fields(
            node, of: Phrase(en: "a figure", nl: "een cijfer"), required: ["id", "table", "unit", "question", "values"],
            optional: ["n", "other_values", "approximate", "note"])
        else { return nil }
        guard let id = reader.identifier(fields["id"], Phrase(en: "the figure 'id'", nl: "de 'id' van het cijfer")) else { return nil }
        reader.unique(id, at: fields["id"]!.mark, in: &seen, Phrase(en: "figure id", nl: "cijfer-id"))
        let what = Phrase.named(en: "figure", nl: "cijfer", id)
        let table = reader.text(fields["table"], .key("table", of: what))
        let n = reader.integer(fields["n"], .key("n", of: what))
        if let n, n <= 0, let mark = fields["n"]?.mark {
            reader.log.error(Phrase(en: "'n' of \(what.en) must be at least 1", nl: "'n' van \(what.nl) moet minstens 1 zijn"), at: mark)
        }
        let unit = reader.text(fields["unit"], .key("unit", of: what))
        if let unit, unit != "percent", let mark = fields["unit"]?.mark {
            reader.log.error(Phrase(en: "'unit' of \(what.en) is '\(unit)'; only 'percent' is supported",
                                    nl: "'unit' van \(what.nl) is '\(unit)'; alleen 'percent' wordt ondersteund"), at: mark)
        }
        let question = reader.localized(fields["question"], .key("question", of: what))
        let values = decodeValues(fields["values"], figure: id, .key("values", of: what))
        let otherValues = fields["other_values"].map { decodeValues($0, figure: id, .key("other_values", of: what)) } ?? []
        if let values, let otherValues, let otherNode = fields["other_values"] {
            for value in otherValues where values.contains(where: { $0.category == value.category }) {
                reader.log.error(Phrase(en: "'\(value.category)' of \(what.en) is under both 'values' and 'other_values'; keep it in one",
                                        nl: "'\(value.category)' van \(what.nl) staat zowel onder 'values' als onder 'other_values'; houd het bij één"),
                                 at: otherNode.mark)
            }
        }
        let approximate = fields["approximate"].flatMap { approximateCategories($0, all: (values ?? []) + (otherValues ?? []), what: what) }
        let note = reader.localized(fields["note"], .key("note", of: what))
        guard let table, let unit, let question, var values, var otherValues else { return nil }
        if let approximate {
            for index in values.indices where approximate.contains(values[index].category) { values[index].approximate = true }
            for index in otherValues.indices where approximate.contains(otherValues[index].category) { otherValues[index].approximate = true }
        }
        return ReferenceFigure(
            id: id, table: table, n: n, unit: unit, question: question, values: values, otherValues: otherValues, note: note)
    }

    /// `approximate: true` (every value) or a list of the categories the source gave only in words.
    private mutating func approximateCategories(_ node: Node, all: [ReferenceFigure.Value], what: Phrase) -> Set<String>? {
        let key = Phrase.key("approximate", of: what)
        guard let list = node.sequence else {
            return reader.boolean(node, key).map { $0 ? Set(all.map(\.category)) : [] }
        }
        var categories: Set<String> = []
        for entry in list {
            guard let category = reader.identifier(entry, Phrase(en: "a category in \(key.en)", nl: "een categorie in \(key.nl)")) else { continue }
            if all.contains(where: { $0.category == category }) {
                categories.insert(category)
            } else {
                let hint = Suggestion.hint(for: category, among: all.map(\.category), plural: Phrase(en: "categories of the figure", nl: "categorieën van het cijfer"))
                reader.log.error(Phrase(en: "\(key.en) names '\(category)', which is not a category of the figure; \(hint.en)",
                                        nl: "\(key.nl) noemt '\(category)', dat geen categorie van het cijfer is; \(hint.nl)"), at: entry.mark)
            }
        }
        return categories
    }

    private mutating func decodeValues(_ node: Node?, figure: String, _ what: Phrase) -> [ReferenceFigure.Value]? {
        guard let node else { return nil }
        guard let pairs = node.mapping, !pairs.isEmpty else {
            reader.log.error(Phrase(en: "\(what.en) must map each category to a percentage, such as 'formal: 41'",
                                    nl: "\(what.nl) moet elke categorie aan een percentage koppelen, zoals 'formal: 41'"), at: node.mark)
            return nil
        }
        var values: [ReferenceFigure.Value] = []
        for pair in pairs {
            let name = pair.key.scalar?.text ?? ""
            guard let category = reader.identifier(pair.key, Phrase(en: "category", nl: "categorie")),
                  let percent = reader.number(pair.value, Phrase(en: "the percentage for '\(name)' in \(what.en)",
                                                                 nl: "het percentage voor '\(name)' in \(what.nl)"))
            else { continue }
            if percent < 0 || percent > 100 {
                let shown = NumberText.format(percent)
                reader.log.error(Phrase(en: "the percentage for '\(category)' in \(what.en) is \(shown); it must lie in 0–100",
                                        nl: "het percentage voor '\(category)' in \(what.nl) is \(shown); het moet tussen 0 en 100 liggen"),
                                 at: pair.value.mark)
            }
            categoryMarks.set(pair.key.mark, figure: figure, category: category)
            values.append(.init(category: category, percent: percent))
        }
        return values
    }
}
