/// Every column an export releases, classified in one place (docs/privacy.md): what links rows,
/// what an outsider could know about a cell, what was said, and what describes the table. The
/// codebook is written from this list, and a test holds every table the export writes to it.
public enum ReleaseColumns {
    public enum Class: String, Sendable, CaseIterable {
        /// Links rows; in format 3 only ids drawn at random for each export.
        case identifier
        /// Something about a cell an outsider can know or count; k-anonymity holds over all of them together.
        case quasiIdentifier = "quasi-identifier"
        /// What the cell or its members said: scores, means, answers.
        case sensitive
        /// Describes the table itself: dimension, item, grouping, counts.
        case structural
    }

    public struct Column: Sendable, Equatable {
        public var file: String
        public var name: String
        public var type: ExportTable.ColumnType
        public var columnClass: Class
        public var nl: String
        public var en: String
        /// The values it may hold: codes separated by "; ", or a range.
        public var values: String

        public var tableColumn: ExportTable.Column { .init(name, type) }
    }

    public static let cellsFile = "cells"
    public static let itemsFile = "items"
    public static let statsDimensionsFile = "stats_dimensions"
    public static let statsICCFile = "stats_icc"
    public static let statsItemsFile = "stats_items"
    public static let statsReferenceFile = "stats_reference"
    public static let statsActionsFile = "stats_actions"
    public static let codebookFile = "codebook"

    /// Primary keys of the SQLite tables: what identifies a row.
    public static let primaryKeys: [String: [String]] = [cellsFile: ["cell", "year"], itemsFile: ["respondent", "item"]]
    /// Indexes of the SQLite tables, for the joins and filters analyses make.
    public static let indexes: [(table: String, column: String)] = [(itemsFile, "item"), (statsDimensionsFile, "dimension")]

    /// The data tables, in the order they are written and listed.
    public static let dataFiles = [cellsFile, itemsFile, statsDimensionsFile, statsICCFile, statsItemsFile, statsReferenceFile, statsActionsFile]

    /// `context.agreement` → `context_agreement`: a name R, pandas, Stata and SQL accept unquoted.
    public static func columnName(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber ? $0 : "_" }).lowercased()
    }

    public static func cells(_ questionnaire: Questionnaire) -> [Column] {
        let groups = (BelfiusCluster.Group.allCases.map(\.rawValue) + [PanelFacts.unknown, PanelFacts.removed]).joined(separator: "; ")
        var columns = [
            Column(file: cellsFile, name: "cell", type: .text, columnClass: .identifier,
                   nl: "celcode: willekeurig voor deze export, dezelfde in alle jaren van dezelfde werkruimte hier, niet gekoppeld aan andere exports",
                   en: "cell id: random for this export, the same for one cell in all its years here, not linked to other exports",
                   values: "C + 12 hex"),
            Column(file: cellsFile, name: "year", type: .integer, columnClass: .quasiIdentifier,
                   nl: "jaar van de ronde", en: "year of the round", values: "2000–2100"),
            Column(file: cellsFile, name: "belfius_group", type: .text, columnClass: .quasiIdentifier,
                   nl: "Belfius-groep van de gemeente (removed: weggelaten voor k-anonimiteit)",
                   en: "the municipality's Belfius group (removed: left out for k-anonymity)", values: groups),
        ]
        for (item, fact) in cellFacts(questionnaire) {
            let values = fact.categoryCodes + fact.coarseCodes.filter { !fact.categoryCodes.contains($0) } + [PanelFacts.undetermined, PanelFacts.removed]
            columns.append(Column(file: cellsFile, name: columnName(item.id), type: .text, columnClass: .quasiIdentifier,
                                  nl: "celfeit uit \(item.id) (meerderheid van de leden): \(item.text.text(.nl))",
                                  en: "cell fact from \(item.id) (the members' majority): \(item.text.text(.en))",
                                  values: values.joined(separator: "; ")))
        }
        for dimension in questionnaire.dimensions {
            columns.append(Column(file: cellsFile, name: columnName(dimension.id), type: .real, columnClass: .sensitive,
                                  nl: "celgemiddelde 0–100, één decimaal: \(dimension.title.text(.nl)) (leeg: geen celscore)",
                                  en: "cell mean 0–100, one decimal: \(dimension.title.text(.en)) (empty: no cell score)", values: "0–100"))
        }
        columns.append(Column(file: cellsFile, name: "overall", type: .real, columnClass: .sensitive,
                              nl: "totaalscore van de celronde 0–100 (gemiddelde van de dimensiegemiddelden), één decimaal",
                              en: "the cell's overall score 0–100 (mean of the dimension means), one decimal", values: "0–100"))
        return columns
    }

    public static func items(_ questionnaire: Questionnaire) -> [Column] {
        let missing = questionnaire.scales.flatMap { $0.missing.map(\.code) }.uniqued()
        let statuses = ["answered"] + missing + ["skipped", "not-shown", ItemRelease.withheld]
        return [
            Column(file: itemsFile, name: "respondent", type: .integer, columnClass: .identifier,
                   nl: "respondentnummer: willekeurig voor deze export, niet gekoppeld aan celcode, jaar of andere export",
                   en: "respondent number: random for this export, not linked to any cell, year or other export", values: "1–N"),
            Column(file: itemsFile, name: "item", type: .text, columnClass: .structural,
                   nl: "id van een gescoord item (zie items in codebook.yaml)", en: "id of a scored item (see items in codebook.yaml)",
                   values: ItemRelease(questionnaire: questionnaire).released.joined(separator: "; ")),
            Column(file: itemsFile, name: "value", type: .real, columnClass: .sensitive,
                   nl: "schaalwaarde zoals geantwoord (niet omgekeerd); leeg tenzij status answered is",
                   en: "scale value as answered (not reversed); empty unless status is answered", values: "scale min–max"),
            Column(file: itemsFile, name: "status", type: .text, columnClass: .sensitive,
                   nl: "answered, een ontbrekend-code (dk: weet ik niet), skipped (overgeslagen), not-shown (niet getoond door een voorwaarde), withheld (voorwaardelijke items van een ronde waarin het patroon minder dan 3 respondenten gemeen hadden)",
                   en: "answered, a missing code (dk: don't know), skipped, not-shown (hidden by a condition), withheld (conditional items of a round where the pattern was shared by fewer than 3 respondents)",
                   values: statuses.joined(separator: "; ")),
        ]
    }

    public static let statsDimensions: [Column] = [
        Column(file: statsDimensionsFile, name: "grouping", type: .text, columnClass: .structural,
               nl: "indeling: all of belfius_group (zoals het celpanel de groep toont)",
               en: "grouping: all or belfius_group (as the cell panel shows the group)",
               values: "all; belfius_group"),
        Column(file: statsDimensionsFile, name: "group", type: .text, columnClass: .structural,
               nl: "groep binnen de indeling; other: samengevoegde kleine groepen", en: "group within the grouping; other: merged small groups",
               values: "all; other; a group code"),
        Column(file: statsDimensionsFile, name: "year", type: .integer, columnClass: .structural, nl: "jaar", en: "year", values: "2000–2100"),
        Column(file: statsDimensionsFile, name: "dimension", type: .text, columnClass: .structural,
               nl: "dimensie-id of overall", en: "dimension id or overall", values: "dimension ids; overall"),
        Column(file: statsDimensionsFile, name: "cells", type: .integer, columnClass: .structural,
               nl: "aantal cellen, afgerond op 5 (minstens 10)", en: "number of cells, rounded to 5 (at least 10)", values: "≥ 10"),
        Column(file: statsDimensionsFile, name: "mean", type: .real, columnClass: .sensitive,
               nl: "gemiddelde van de celgemiddelden, één decimaal", en: "mean of the cell means, one decimal", values: "0–100"),
        Column(file: statsDimensionsFile, name: "sd", type: .real, columnClass: .sensitive,
               nl: "standaardafwijking (n−1) van de celgemiddelden, één decimaal", en: "sample SD (n−1) of the cell means, one decimal", values: "≥ 0"),
    ]

    public static let statsICC: [Column] = [
        Column(file: statsICCFile, name: "year", type: .integer, columnClass: .structural, nl: "jaar", en: "year", values: "2000–2100"),
        Column(file: statsICCFile, name: "dimension", type: .text, columnClass: .structural,
               nl: "dimensie-id of overall", en: "dimension id or overall", values: "dimension ids; overall"),
        Column(file: statsICCFile, name: "cells", type: .integer, columnClass: .structural,
               nl: "aantal cellen, afgerond op 5", en: "number of cells, rounded to 5", values: "≥ 10"),
        Column(file: statsICCFile, name: "respondents", type: .integer, columnClass: .structural,
               nl: "aantal respondenten met een score, afgerond op 5", en: "respondents with a score, rounded to 5", values: "≥ 0"),
        Column(file: statsICCFile, name: "icc1", type: .real, columnClass: .sensitive,
               nl: "ICC(1): aandeel van de variantie tussen cellen, drie decimalen", en: "ICC(1): share of variance between cells, three decimals", values: "−1–1"),
        Column(file: statsICCFile, name: "icc2", type: .real, columnClass: .sensitive,
               nl: "ICC(2): betrouwbaarheid van een celgemiddelde, drie decimalen", en: "ICC(2): reliability of a cell mean, three decimals", values: "≤ 1"),
    ]

    public static let statsItems: [Column] = [
        Column(file: statsItemsFile, name: "item", type: .text, columnClass: .structural, nl: "item-id", en: "item id", values: "item ids"),
        Column(file: statsItemsFile, name: "answer", type: .text, columnClass: .structural,
               nl: "schaalwaarde, optiecode of status (ontbrekend-code, skipped, not-shown)",
               en: "scale value, option code or status (missing code, skipped, not-shown)", values: "see items in codebook.yaml"),
        Column(file: statsItemsFile, name: "count", type: .integer, columnClass: .sensitive,
               nl: "aantal respondenten, afgerond op 5", en: "number of respondents, rounded to 5", values: "≥ 0, multiple of 5"),
    ]

    public static let statsReference: [Column] = [
        Column(file: statsReferenceFile, name: "item", type: .text, columnClass: .structural, nl: "contextvraag", en: "context item", values: "item ids"),
        Column(file: statsReferenceFile, name: "figure", type: .text, columnClass: .structural,
               nl: "gepubliceerd cijfer (bron.cijfer)", en: "published figure (source.figure)", values: "see figures in codebook.yaml"),
        Column(file: statsReferenceFile, name: "category", type: .text, columnClass: .structural, nl: "categorie", en: "category", values: "option codes"),
        Column(file: statsReferenceFile, name: "cells", type: .integer, columnClass: .sensitive,
               nl: "cellen waarvan de meerderheid van de leden deze categorie koos in hun laatste ronde, afgerond op 5",
               en: "cells whose members' majority chose this category in their latest round, rounded to 5", values: "≥ 0, multiple of 5"),
        Column(file: statsReferenceFile, name: "share", type: .real, columnClass: .sensitive,
               nl: "percentage van de cellen met een meerderheid, één decimaal", en: "percent of the cells with a majority, one decimal", values: "0–100"),
        Column(file: statsReferenceFile, name: "reference_percent", type: .real, columnClass: .structural,
               nl: "het gepubliceerde percentage (leeg: geen cijfer voor deze categorie)", en: "the published percentage (empty: no figure for this category)", values: "0–100"),
        Column(file: statsReferenceFile, name: "reference_n", type: .integer, columnClass: .structural,
               nl: "n van het gepubliceerde cijfer", en: "n of the published figure", values: "≥ 1"),
        Column(file: statsReferenceFile, name: "reference_year", type: .integer, columnClass: .structural,
               nl: "jaar van de bron", en: "year of the source", values: "2000–2100"),
    ]

    /// Agreed actions as counts only: never their text, owner, due month or notes.
    public static let statsActions: [Column] = [
        Column(file: statsActionsFile, name: "dimension", type: .text, columnClass: .structural,
               nl: "dimensie-id waarop de acties gericht zijn", en: "dimension id the actions address", values: "dimension ids"),
        Column(file: statsActionsFile, name: "status", type: .text, columnClass: .structural,
               nl: "stand van de acties: open, started (gestart), done (uitgevoerd), dropped (geschrapt)",
               en: "where the actions stand: open, started, done, dropped", values: ActionStatus.allCases.map(\.rawValue).joined(separator: "; ")),
        Column(file: statsActionsFile, name: "cells", type: .integer, columnClass: .structural,
               nl: "aantal cellen met afgesproken acties, afgerond op 5 (minstens 10; anders is de tabel leeg)",
               en: "number of cells with agreed actions, rounded to 5 (at least 10; otherwise the table is empty)", values: "≥ 10"),
        Column(file: statsActionsFile, name: "actions", type: .integer, columnClass: .sensitive,
               nl: "aantal afgesproken acties over alle rondes, afgerond op 5 (nooit hun tekst, eigenaar, termijn of notities)",
               en: "number of agreed actions over all rounds, rounded to 5 (never their text, owner, due month or notes)", values: "≥ 0, multiple of 5"),
    ]

    public static let codebook: [Column] = [
        Column(file: codebookFile, name: "file", type: .text, columnClass: .structural, nl: "bestand", en: "file", values: "file names"),
        Column(file: codebookFile, name: "column", type: .text, columnClass: .structural, nl: "kolom", en: "column", values: "column names"),
        Column(file: codebookFile, name: "class", type: .text, columnClass: .structural,
               nl: "soort kolom", en: "kind of column", values: Class.allCases.map(\.rawValue).joined(separator: "; ")),
        Column(file: codebookFile, name: "type", type: .text, columnClass: .structural, nl: "type", en: "type", values: "text; integer; real"),
        Column(file: codebookFile, name: "description_nl", type: .text, columnClass: .structural, nl: "beschrijving (nl)", en: "description (nl)", values: "text"),
        Column(file: codebookFile, name: "description_en", type: .text, columnClass: .structural, nl: "beschrijving (en)", en: "description (en)", values: "text"),
        Column(file: codebookFile, name: "values", type: .text, columnClass: .structural, nl: "mogelijke waarden", en: "possible values", values: "text"),
        Column(file: codebookFile, name: "synthetic", type: .integer, columnClass: .structural,
               nl: "1: synthetische demodata", en: "1: synthetic demo data", values: "0; 1"),
        Column(file: codebookFile, name: "questionnaire_id", type: .text, columnClass: .structural, nl: "vragenlijst", en: "questionnaire", values: "id"),
        Column(file: codebookFile, name: "questionnaire_version", type: .text, columnClass: .structural, nl: "versie", en: "version", values: "version"),
    ]

    /// Every column of every data table, in file order.
    public static func all(_ questionnaire: Questionnaire) -> [Column] {
        cells(questionnaire) + items(questionnaire) + statsDimensions + statsICC + statsItems + statsReference + statsActions
    }

    /// The context items that are cell facts, in questionnaire order.
    public static func cellFacts(_ questionnaire: Questionnaire) -> [(item: ContextItem, fact: CellFact)] {
        (questionnaire.context?.items ?? []).compactMap { item in item.cellFact.map { (item, $0) } }
    }
}
