/// The rows of the data tables, appended one released cell round at a time. Respondents are
/// numbered 1…n within their round in the order of their (random) codes, so the number links a
/// respondent's rows across tables and says nothing else.
struct AnonymisedExportTables {
    let questionnaire: Questionnaire
    private(set) var long: ExportTable
    private(set) var wide: ExportTable
    private(set) var scores: ExportTable
    private let wideItems: [(column: String, item: String, option: String?)]

    init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        let person: [ExportTable.Column] = [.init(ExportColumns.respondent, .integer), .init(ExportColumns.roleGroup, .text)]
        long = ExportTable(name: "responses_long", columns: ExportColumns.descriptors + person + [
            .init("item_id", .text), .init("value", .real), .init("code", .text),
        ])
        var wideItems: [(String, String, String?)] = []
        var wideColumns: [ExportTable.Column] = []
        for item in questionnaire.context?.items ?? [] {
            switch item.kind {
            case .text: continue
            case .single:
                wideItems.append((ExportColumns.wideName(item.id), item.id, nil))
                wideColumns.append(.init(ExportColumns.wideName(item.id), .text))
            case .number:
                wideItems.append((ExportColumns.wideName(item.id), item.id, nil))
                wideColumns.append(.init(ExportColumns.wideName(item.id), .real))
            case .multiple:
                for option in item.options {
                    wideItems.append((ExportColumns.wideName(item.id, option: option.code), item.id, option.code))
                    wideColumns.append(.init(ExportColumns.wideName(item.id, option: option.code), .integer))
                }
            }
        }
        for item in questionnaire.scoredItems {
            wideItems.append((ExportColumns.wideName(item.id), item.id, nil))
            wideColumns.append(.init(ExportColumns.wideName(item.id), .real))
        }
        self.wideItems = wideItems
        wide = ExportTable(name: "responses_wide", columns: ExportColumns.descriptors + person + wideColumns)
        scores = ExportTable(name: "scores", columns: ExportColumns.descriptors + [
            .init("unit", .text), .init(ExportColumns.respondent, .integer), .init(ExportColumns.roleGroup, .text),
            .init("dimension", .text), .init("score", .real), .init("n", .integer), .init("sd", .real),
            .init("min", .real), .init("max", .real), .init("band", .text),
        ])
    }

    var tables: [ExportTable] { [long, wide, scores] }

    mutating func append(pseudonym: String, identifiers: QuasiIdentifiers, cell: CellRound, responses: [Response], roleGroups: [String]) {
        let descriptors: [ExportTable.Value] = [
            .text(pseudonym), .integer(identifiers.year), optional(identifiers.group), optional(identifiers.province), optional(identifiers.level),
        ]
        let scoreByCode = Dictionary(uniqueKeysWithValues: cell.respondents.map { ($0.respondent, $0) })
        for (index, response) in responses.enumerated() {
            let person: [ExportTable.Value] = [.integer(index + 1), .text(roleGroups[index])]
            let visibility = Visibility(questionnaire: questionnaire, role: response.role, answers: response.answers)
            let shown = identifiers.level == nil ? visibility.answers.filter { !ExportColumns.levelItems.contains($0.key) } : visibility.answers
            for id in visibility.shownItems {
                guard let answer = shown[id], let (value, code) = Self.longValue(answer) else { continue }
                long.rows.append(descriptors + person + [.text(id), value, code])
            }
            wide.rows.append(descriptors + person + wideItems.map { Self.wideValue(shown[$0.item], option: $0.option) })
            if let score = scoreByCode[response.respondent] {
                for dimension in score.dimensions {
                    scores.rows.append(descriptors + [.text("respondent")] + person + [
                        .text(dimension.dimensionID), real(dimension.value), .null, .null, .null, .null,
                        optional(dimension.value.flatMap { questionnaire.bands.band(for: $0)?.code }),
                    ])
                }
                scores.rows.append(descriptors + [.text("respondent")] + person + [
                    .text("overall"), real(score.overall), .null, .null, .null, .null,
                    optional(score.overall.flatMap { questionnaire.bands.band(for: $0)?.code }),
                ])
            }
        }
        for dimension in cell.dimensions {
            scores.rows.append(descriptors + [.text("cell"), .null, .null, .text(dimension.dimensionID), real(dimension.mean),
                                              .integer(dimension.n), real(dimension.standardDeviation), real(dimension.minimum),
                                              real(dimension.maximum), optional(dimension.band)])
        }
        let overalls = cell.respondents.compactMap(\.overall).sorted()
        scores.rows.append(descriptors + [.text("cell"), .null, .null, .text("overall"), real(cell.overall),
                                          .integer(overalls.count), real(Descriptive.sampleStandardDeviation(overalls)),
                                          real(overalls.first), real(overalls.last), optional(cell.overallBand)])
    }

    /// Value and code of one answer in the long table; nil for free text, which never leaves the cell.
    static func longValue(_ answer: Answer) -> (ExportTable.Value, ExportTable.Value)? {
        switch answer {
        case .scale(let value), .number(let value): return (.real(value), .null)
        case .missing(let code), .choice(let code): return (.null, .text(code))
        case .choices(let codes): return (.null, .text(codes.joined(separator: " ")))
        case .text: return nil
        }
    }

    static func wideValue(_ answer: Answer?, option: String?) -> ExportTable.Value {
        switch answer {
        case .scale(let value)?, .number(let value)?: return .real(value)
        case .choice(let code)?: return .text(code)
        case .choices(let codes)?: return option.map { .integer(codes.contains($0) ? 1 : 0) } ?? .null
        case .missing?, .text?, nil: return .null
        }
    }

    private func optional(_ text: String?) -> ExportTable.Value { text.map { .text($0) } ?? .null }
    private func real(_ value: Double?) -> ExportTable.Value { value.map { .real($0) } ?? .null }
}
