import YAML

/// The codebook of an export: every column of the data tables, and for items their texts in
/// both languages, scale values, reverse keys, weights and dimensions, so the tables can be
/// read without the questionnaire file.
public struct ExportCodebook: Sendable, Equatable {
    public var questionnaire: Questionnaire

    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    /// Descriptions of the columns every data table shares, in English and Dutch.
    static let descriptorTexts: [(column: String, en: String, nl: String)] = [
        (ExportColumns.municipality, "municipality pseudonym (HMAC-SHA256 of the normalised name under the export key)",
         "pseudoniem van de gemeente (HMAC-SHA256 van de genormaliseerde naam met de exportsleutel)"),
        (ExportColumns.year, "year of the round", "jaar van de ronde"),
        (ExportColumns.group, "Belfius group (empty: unknown)", "Belfius-groep (leeg: onbekend)"),
        (ExportColumns.province, "province (empty: unknown or removed for k-anonymity)", "provincie (leeg: onbekend of weggelaten voor k-anonimiteit)"),
        (ExportColumns.level, "cell level: municipal or zone (empty: removed for k-anonymity)",
         "niveau van de cel: municipal of zone (leeg: weggelaten voor k-anonimiteit)"),
        (ExportColumns.respondent, "respondent number within the round (1…n; not a code, not linked across years)",
         "volgnummer van de respondent binnen de ronde (1…n; geen code, niet gekoppeld over jaren)"),
        (ExportColumns.roleGroup, "role group; 'merged' holds groups that had fewer than 3 respondents in the round",
         "rolgroep; 'merged' bevat groepen die minder dan 3 respondenten hadden in de ronde"),
        ("item_id", "item id (see the item rows of this codebook)", "item-id (zie de itemrijen van dit codeboek)"),
        ("value", "numeric answer: scale value (not reversed) or number", "numeriek antwoord: schaalwaarde (niet omgekeerd) of getal"),
        ("code", "answer code: option code, codes separated by spaces, or a missing code such as dk",
         "antwoordcode: optiecode, codes gescheiden door spaties, of een ontbrekend-code zoals dk"),
        ("unit", "respondent or cell", "respondent of cel"),
        ("dimension", "dimension id, or overall", "dimensie-id, of overall"),
        ("score", "score on 0–100 (empty: insufficient data)", "score op 0–100 (leeg: onvoldoende gegevens)"),
        ("n", "cell rows: respondents with a score", "celrijen: respondenten met een score"),
        ("sd", "cell rows: sample standard deviation (n−1)", "celrijen: standaardafwijking van de steekproef (n−1)"),
        ("min", "cell rows: lowest respondent score", "celrijen: laagste respondentscore"),
        ("max", "cell rows: highest respondent score", "celrijen: hoogste respondentscore"),
        ("band", "band code of the unrounded score", "bandcode van de niet-afgeronde score"),
    ]

    /// codebook.csv: one row per column of the data tables; every row also names the
    /// questionnaire version and says whether the export is synthetic demo data, so the file
    /// stands on its own.
    public func table(synthetic: Bool) -> ExportTable {
        var table = ExportTable(name: "codebook", columns: [
            .init("column", .text), .init("item_id", .text), .init("option", .text), .init("kind", .text),
            .init("dimension", .text), .init("scale", .text), .init("reverse", .integer), .init("weight", .real),
            .init("text_nl", .text), .init("text_en", .text), .init("values_nl", .text), .init("values_en", .text),
            .init("missing_codes", .text),
        ])
        for entry in Self.descriptorTexts {
            table.rows.append([.text(entry.column), .null, .null, .text("descriptor"), .null, .null, .null, .null,
                               .text(entry.nl), .text(entry.en), .null, .null, .null])
        }
        for item in questionnaire.context?.items ?? [] where item.kind != .text {
            let choices = { (language: String) in item.options.map { "\($0.code)=\($0.label.text(language))" }.joined(separator: "; ") }
            let missing = item.missing.map(\.code).joined(separator: " ")
            if item.kind == .multiple {
                for option in item.options {
                    table.rows.append([.text(ExportColumns.wideName(item.id, option: option.code)), .text(item.id), .text(option.code),
                                       .text("multiple"), .null, .null, .null, .null,
                                       .text(item.text.text("nl") + " — " + option.label.text("nl")),
                                       .text(item.text.text("en") + " — " + option.label.text("en")),
                                       .text("1=ja; 0=nee"), .text("1=yes; 0=no"), text(missing)])
                }
            } else {
                table.rows.append([.text(ExportColumns.wideName(item.id)), .text(item.id), .null, .text(item.kind.rawValue),
                                   .null, .null, .null, .null, .text(item.text.text("nl")), .text(item.text.text("en")),
                                   text(choices("nl")), text(choices("en")), text(missing)])
            }
        }
        for dimension in questionnaire.dimensions {
            for item in dimension.items {
                let scale = questionnaire.scale(item.scale)
                let values = { (language: String) in
                    (scale?.options ?? []).map { "\(ExportTable.decimal($0.value))=\($0.label.text(language))" }.joined(separator: "; ")
                }
                table.rows.append([.text(ExportColumns.wideName(item.id)), .text(item.id), .null, .text("scored"),
                                   .text(dimension.id), .text(item.scale), .integer(item.reverse ? 1 : 0), .real(item.weight),
                                   .text(item.text.text("nl")), .text(item.text.text("en")), text(values("nl")), text(values("en")),
                                   text((scale?.missing ?? []).map(\.code).joined(separator: " "))])
            }
        }
        let stamp: [ExportTable.Value] = [.text(questionnaire.id), .text(questionnaire.version), .integer(synthetic ? 1 : 0)]
        table.columns += [.init("questionnaire_id", .text), .init("questionnaire_version", .text), .init("synthetic", .integer)]
        table.rows = table.rows.map { $0 + stamp }
        return table
    }

    /// codebook.yaml: the same content with structure, plus the export's facts under `export:`.
    public func yaml(summary: ExportSummary) throws -> String {
        func texts(_ text: LocalizedText) -> Node {
            .mapping(["nl", "en"].map { ($0, Node.text(text.text($0))) })
        }
        let export: Node = .mapping([
            ("format", .plain("1")),
            ("kind", .text(Self.kind)),
            ("synthetic", .plain(summary.synthetic ? "true" : "false")),
            ("note", .text(summary.synthetic ? "SYNTHETIC DEMO DATA: invented cells, not real results. SYNTHETISCHE DEMODATA: verzonnen cellen, geen echte resultaten."
                                             : "Anonymised self-evaluation results. Geanonimiseerde resultaten van de zelfevaluatie.")),
            ("questionnaire", .mapping([("id", .text(summary.questionnaireID)), ("version", .text(summary.questionnaireVersion))])),
            ("scoring_rules_version", .text(summary.scoringRulesVersion)),
            ("k", .plain(String(summary.k))),
            ("role_group_minimum", .plain(String(ScoringRules.standard.minimumRoleGroupSize))),
            ("key_check", .text(summary.keyCheck)),
            ("years", .sequence(summary.years.map { .plain(String($0)) })),
        ])
        let bands: Node = .sequence(questionnaire.bands.map { band in
            .mapping([("code", .text(band.code)), ("from", .plain(ExportTable.decimal(band.from))),
                      ("to", .plain(ExportTable.decimal(band.to))), ("label", texts(band.label))])
        })
        let dimensions: Node = .sequence(questionnaire.dimensions.map { dimension in
            .mapping([("id", .text(dimension.id)), ("title", texts(dimension.title)),
                      ("items", .sequence(dimension.items.map { .text($0.id) }))])
        })
        let roleGroups: Node = .sequence(questionnaire.roleGroups.map { group in
            .mapping([("id", .text(group.id)), ("label", texts(group.label))])
        } + [.mapping([("id", .text(RoleGroupCoarsening.merged)),
                       ("label", .mapping([("nl", .text("Samengevoegde kleine groepen")), ("en", .text("Merged small groups"))]))])])
        let table = self.table(synthetic: summary.synthetic)
        let columns: Node = .sequence(table.rows.map { row in
            .mapping(zip(table.columns, row).compactMap { column, value in
                value == .null ? nil : (column.name, value.yamlNode)
            })
        })
        return try YAMLEmitter().emit(.mapping([
            ("export", export), ("bands", bands), ("dimensions", dimensions), ("role_groups", roleGroups), ("columns", columns),
        ]))
    }

    /// The value of `export.kind` that marks a folder as a zelfscan export.
    public static let kind = "zelfscan-anonymised-export"

    private func text(_ value: String) -> ExportTable.Value { value.isEmpty ? .null : .text(value) }
}

extension ExportTable.Value {
    var yamlNode: Node {
        switch self {
        case .text(let text): return .text(text)
        case .integer, .real: return .plain(csvText)
        case .null: return .plain("null")
        }
    }
}
