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
            root, of: "the reference-figure file", required: ["format", "id", "source", "figures"], optional: ["synthetic"])
        else { return nil }
        if let format = reader.integer(fields["format"], "'format'"), format != 1 {
            reader.log.error("format \(format) is not supported; this version of zelfscan reads format 1", at: fields["format"]!.mark)
        }
        let id = reader.identifier(fields["id"], "'id'")
        let synthetic = fields["synthetic"].map { reader.boolean($0, "'synthetic'") } ?? false
        let source = fields["source"].flatMap { decodeSource($0) }
        var figures: [ReferenceFigure] = []
        var seen: [String: Mark] = [:]
        for node in reader.list(fields["figures"], "'figures'") ?? [] {
            if let figure = decodeFigure(node, seen: &seen) { figures.append(figure) }
        }
        guard let id, let synthetic, let source, !reader.log.hasErrors else { return nil }
        return ReferenceFigureSet(id: id, synthetic: synthetic, source: source, figures: figures)
    }

    private mutating func decodeSource(_ node: Node) -> ReferenceFigureSet.Source? {
        guard let fields = reader.fields(
            node, of: "'source'", required: ["title", "publisher", "year"], optional: ["period", "document", "note"])
        else { return nil }
        let title = reader.text(fields["title"], "the source's 'title'")
        let publisher = reader.text(fields["publisher"], "the source's 'publisher'")
        let year = reader.integer(fields["year"], "the source's 'year'")
        let period = reader.text(fields["period"], "the source's 'period'")
        let document = reader.text(fields["document"], "the source's 'document'")
        let note = reader.localized(fields["note"], "the source's 'note'")
        guard let title, let publisher, let year else { return nil }
        return .init(title: title, publisher: publisher, year: year, period: period, document: document, note: note)
    }

    private mutating func decodeFigure(_ node: Node, seen: inout [String: Mark]) -> ReferenceFigure? {
        guard let fields = reader.fields(
            node, of: "a figure", required: ["id", "table", "unit", "question", "values"],
            optional: ["n", "other_values", "approximate", "note"])
        else { return nil }
        guard let id = reader.identifier(fields["id"], "the figure 'id'") else { return nil }
        reader.unique(id, at: fields["id"]!.mark, in: &seen, "figure id")
        let what = "figure '\(id)'"
        let table = reader.text(fields["table"], "'table' of \(what)")
        let n = reader.integer(fields["n"], "'n' of \(what)")
        if let n, n <= 0, let mark = fields["n"]?.mark { reader.log.error("'n' of \(what) must be at least 1", at: mark) }
        let unit = reader.text(fields["unit"], "'unit' of \(what)")
        if let unit, unit != "percent", let mark = fields["unit"]?.mark {
            reader.log.error("'unit' of \(what) is '\(unit)'; only 'percent' is supported", at: mark)
        }
        let question = reader.localized(fields["question"], "'question' of \(what)")
        let values = decodeValues(fields["values"], figure: id, "'values' of \(what)")
        let otherValues = fields["other_values"].map { decodeValues($0, figure: id, "'other_values' of \(what)") } ?? []
        if let values, let otherValues, let otherNode = fields["other_values"] {
            for value in otherValues where values.contains(where: { $0.category == value.category }) {
                reader.log.error("'\(value.category)' of \(what) is under both 'values' and 'other_values'; keep it in one", at: otherNode.mark)
            }
        }
        let approximate = fields["approximate"].map { reader.boolean($0, "'approximate' of \(what)") } ?? false
        let note = reader.localized(fields["note"], "'note' of \(what)")
        guard let table, let unit, let question, let values, let otherValues, let approximate else { return nil }
        return ReferenceFigure(
            id: id, table: table, n: n, unit: unit, question: question, values: values, otherValues: otherValues,
            approximate: approximate, note: note)
    }

    private mutating func decodeValues(_ node: Node?, figure: String, _ what: String) -> [ReferenceFigure.Value]? {
        guard let node else { return nil }
        guard let pairs = node.mapping, !pairs.isEmpty else {
            reader.log.error("\(what) must map each category to a percentage, such as 'formal: 41'", at: node.mark)
            return nil
        }
        var values: [ReferenceFigure.Value] = []
        for pair in pairs {
            guard let category = reader.identifier(pair.key, "category"),
                  let percent = reader.number(pair.value, "the percentage for '\(pair.key.scalar?.text ?? "")' in \(what)")
            else { continue }
            if percent < 0 || percent > 100 {
                reader.log.error("the percentage for '\(category)' in \(what) is \(NumberText.format(percent)); it must lie in 0–100", at: pair.value.mark)
            }
            categoryMarks.set(pair.key.mark, figure: figure, category: category)
            values.append(.init(category: category, percent: percent))
        }
        return values
    }
}
