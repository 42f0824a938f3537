import YAML

/// The codebook of an export: every released column with its class, type and values, and the
/// items, dimensions, cell facts, bands and linked figures, so the files can be analysed and
/// judged without the questionnaire file or the source repository.
public struct ExportCodebook: Sendable, Equatable {
    /// The value of `export.kind` that marks a folder as a zelfscan export.
    public static let kind = "zelfscan-anonymised-export"
    /// The folder layout this version writes (docs/export-format.md); older ones are refused.
    public static let format = 3

    public var questionnaire: Questionnaire

    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    /// codebook.csv: one row per (file, column) of the data tables; every row also names the
    /// questionnaire version and says whether the export is synthetic, so the file stands alone.
    public func table(synthetic: Bool) -> ExportTable {
        var table = ExportTable(name: ReleaseColumns.codebookFile, columns: ReleaseColumns.codebook.map(\.tableColumn))
        for column in ReleaseColumns.all(questionnaire) {
            table.rows.append([.text(column.file + ".csv"), .text(column.name), .text(column.columnClass.rawValue),
                               .text(column.type.rawValue.lowercased()), .text(column.nl), .text(column.en), .text(column.values),
                               .integer(synthetic ? 1 : 0), .text(questionnaire.id), .text(questionnaire.version)])
        }
        return table
    }

    /// codebook.yaml: the export's facts under `export:`, then the same columns with structure and
    /// everything a researcher needs to rescore or reweigh: scale bounds, keys, weights,
    /// conditions, coverage rules and the figures linked to context items.
    public func yaml(summary: ExportSummary, createdYear: Int) throws -> String {
        func texts(_ text: LocalizedText) -> Node { .mapping(Language.allCases.map { ($0.rawValue, Node.text(text.text($0))) }) }
        func number(_ value: Double) -> Node { .plain(ExportTable.decimal(value)) }
        let export: Node = .mapping([
            ("kind", .text(Self.kind)),
            ("format", .plain(String(Self.format))),
            ("synthetic", .plain(summary.synthetic ? "true" : "false")),
            ("note", .text(summary.synthetic ? "SYNTHETIC DEMO DATA: invented cells, not real results. SYNTHETISCHE DEMODATA: verzonnen cellen, geen echte resultaten."
                                             : "Anonymised self-evaluation results. Geanonimiseerde resultaten van de zelfevaluatie.")),
            ("tool_version", .text(ToolVersion.current)),
            ("created_year", .plain(String(createdYear))),
            ("questionnaire", .mapping([("id", .text(summary.questionnaireID)), ("version", .text(summary.questionnaireVersion))])),
            ("scoring_rules_version", .text(summary.scoringRulesVersion)),
            ("k", .plain(String(summary.k))),
            ("aggregate_minimum_cells", .plain(String(ReleaseStatistics.standardMinimumCells))),
            ("count_rounding", .plain(String(ReleaseStatistics.standardRounding))),
            ("years", .sequence(summary.years.map { .plain(String($0)) })),
            ("risk", .mapping([
                ("cells", .plain(String(summary.linkage.cells))),
                ("smallest_class", .plain(String(summary.smallestClass))),
                ("singled_out", .plain(String(summary.linkage.singledOut))),
                ("smallest_candidate_set", .plain(String(summary.linkage.smallestCandidateSet))),
            ])),
        ])
        let all = ReleaseColumns.all(questionnaire)
        let files: Node = .mapping(ReleaseColumns.dataFiles.map { file in
            (file + ".csv", .sequence(all.filter { $0.file == file }.map { column in
                .mapping([("name", .text(column.name)), ("class", .text(column.columnClass.rawValue)),
                          ("type", .text(column.type.rawValue.lowercased())), ("values", .text(column.values))])
            }))
        })
        let contextItems: [Node] = (questionnaire.context?.items ?? []).filter { $0.kind == .single || $0.kind == .multiple }.map { item in
            var fields: [(String, Node)] = [
                ("id", .text(item.id)), ("kind", .text("context")), ("type", .text(item.kind.rawValue)),
                ("options", .mapping(item.options.map { ($0.code, texts($0.label)) })),
                ("missing_codes", .sequence(item.missing.map { .text($0.code) })), ("text", texts(item.text)),
            ]
            if let link = item.benchmark { fields.append(("benchmark", .text(link.description))) }
            fields.append(("released", .text(item.cellFact != nil
                ? "as a cell fact in cells.csv, and as counts in stats_items.csv and stats_reference.csv"
                : "only as counts in stats_items.csv and stats_reference.csv")))
            return .mapping(fields)
        }
        let roleDependent = RoleDependence.items(of: questionnaire)
        let items: Node = .sequence(contextItems + questionnaire.dimensions.flatMap { dimension in
            dimension.items.map { item in
                let scale = questionnaire.scale(item.scale)
                var fields: [(String, Node)] = [
                    ("id", .text(item.id)), ("kind", .text("scored")), ("dimension", .text(dimension.id)), ("scale", .text(item.scale)),
                    ("min", number(scale?.minimum ?? 0)), ("max", number(scale?.maximum ?? 0)),
                    ("values", .mapping((scale?.options ?? []).map { (ExportTable.decimal($0.value), texts($0.label)) })),
                    ("missing_codes", .sequence((scale?.missing ?? []).map { .text($0.code) })),
                    ("reverse", .plain(item.reverse ? "true" : "false")), ("weight", number(item.weight)), ("text", texts(item.text)),
                ]
                if let condition = item.showIf { fields.append(("show_if", .text(ConditionText.describe(condition)))) }
                fields.append(("role_dependent", .plain(roleDependent.contains(item.id) ? "true" : "false")))
                fields.append(("released", .text(roleDependent.contains(item.id)
                    ? "no: whether it is shown depends on the role, so only its counts are in stats_items.csv"
                    : "yes: items.csv")))
                return .mapping(fields)
            }
        })
        let dimensions: Node = .sequence(questionnaire.dimensions.map { dimension in
            .mapping([("id", .text(dimension.id)), ("column", .text(ReleaseColumns.columnName(dimension.id))), ("title", texts(dimension.title)),
                      ("min_coverage", number(dimension.minCoverage)), ("items", .sequence(dimension.items.map { .text($0.id) }))])
        })
        let facts: Node = .sequence(ReleaseColumns.cellFacts(questionnaire).map { item, fact in
            .mapping([("item", .text(item.id)), ("column", .text(ReleaseColumns.columnName(item.id))), ("text", texts(item.text)),
                      ("rule", .text("the category named by more than half of the members who answered; otherwise undetermined")),
                      ("categories", .mapping(fact.categories.map { ($0.option, .text($0.category)) })),
                      ("coarse", .mapping(fact.coarse.map { ($0.category, .text($0.coarse)) }))])
        })
        let bands: Node = .sequence(questionnaire.bands.map { band in
            .mapping([("code", .text(band.code)), ("from", number(band.from)), ("to", number(band.to)), ("label", texts(band.label))])
        })
        let figures: Node = .sequence((questionnaire.context?.items ?? []).compactMap { item -> Node? in
            guard let link = item.benchmark,
                  let set = questionnaire.referenceFigures.first(where: { $0.id == link.source }), let figure = set.figure(link.figure) else { return nil }
            return .mapping([("item", .text(item.id)), ("figure", .text(link.description)), ("table", .text(figure.table)),
                             ("n", figure.n.map { .plain(String($0)) } ?? .plain("null")), ("year", .plain(String(set.source.year))),
                             ("source", .text(set.source.title)), ("publisher", .text(set.source.publisher)),
                             ("values", .mapping((figure.values + figure.otherValues).map { ($0.category, number($0.percent)) }))])
        })
        return try YAMLEmitter().emit(.mapping([
            ("export", export), ("files", files), ("items", items), ("dimensions", dimensions), ("cell_facts", facts),
            ("bands", bands), ("figures", figures),
        ]))
    }
}
