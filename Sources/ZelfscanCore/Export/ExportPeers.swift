import YAML

/// Reads an export folder's cell panel back as peer entries, so an export (or a merged pool of
/// exports) can serve as `--peers`: random cell ids stand in for municipalities, the Belfius
/// group (where the panel kept it) for the cluster. Means are the panel's, at one decimal. Pure:
/// the command passes the texts of codebook.yaml and cells.csv.
public enum ExportPeers {
    public enum Failure: Error, Sendable, Equatable {
        /// codebook.yaml has no `export.kind: zelfscan-anonymised-export`.
        case notAnExport
        /// An export written by an older zelfscan (format 1 or 2), which must not be used any more.
        case olderFormat(Int)
        /// The export holds another questionnaire id or version than the one compared.
        case otherQuestionnaire(found: String)
        /// cells.csv lacks a column this reader needs, or cannot be parsed.
        case unreadableCells
    }

    public struct Facts: Sendable, Equatable {
        public var format: Int
        public var questionnaireID: String
        public var questionnaireVersion: String
        public var synthetic: Bool
        public var k: Int
        public var scoringRulesVersion: String
    }

    /// The `export:` section of codebook.yaml.
    public static func facts(codebookYAML: String) throws(Failure) -> Facts {
        guard let root = try? YAMLParser().parse(codebookYAML), let export = root["export"],
              export["kind"]?.scalar?.text == ExportCodebook.kind,
              let id = export["questionnaire"]?["id"]?.scalar?.text,
              let version = export["questionnaire"]?["version"]?.scalar?.text else { throw .notAnExport }
        return Facts(format: Int(export["format"]?.scalar?.text ?? "") ?? 1, questionnaireID: id, questionnaireVersion: version,
                     synthetic: export["synthetic"]?.scalar?.text == "true", k: Int(export["k"]?.scalar?.text ?? "") ?? 0,
                     scoringRulesVersion: export["scoring_rules_version"]?.scalar?.text ?? "")
    }

    public static func entries(codebookYAML: String, cellsCSV: String, questionnaire: Questionnaire) throws(Failure) -> [PeerEntry] {
        let facts = try facts(codebookYAML: codebookYAML)
        guard facts.format >= ExportCodebook.format else { throw .olderFormat(facts.format) }
        guard facts.questionnaireID == questionnaire.id, facts.questionnaireVersion == questionnaire.version else {
            throw .otherQuestionnaire(found: "\(facts.questionnaireID) \(facts.questionnaireVersion)")
        }
        guard let records = CSVFormat.parse(cellsCSV), let header = records.first,
              let cell = header.firstIndex(of: "cell"), let year = header.firstIndex(of: "year"),
              let group = header.firstIndex(of: "belfius_group"), let overall = header.firstIndex(of: "overall") else { throw .unreadableCells }
        let dimensions = questionnaire.dimensions.map { ($0.id, header.firstIndex(of: ReleaseColumns.columnName($0.id))) }
        var entries: [PeerEntry] = []
        for row in records.dropFirst() {
            guard row.count == header.count, let round = Int(row[year]) else { throw .unreadableCells }
            var means: [String: Double] = [:]
            for (id, column) in dimensions {
                if let column, let mean = Double(row[column]) { means[id] = mean }
            }
            entries.append(PeerEntry(cellID: row[cell], year: round, questionnaire: questionnaire,
                                     group: BelfiusCluster.Group(rawValue: row[group]), means: means, respondents: [:],
                                     overall: Double(row[overall]), synthetic: facts.synthetic))
        }
        return entries.sorted { ($0.cell.municipality, $0.cell.year) < ($1.cell.municipality, $1.cell.year) }
    }

    /// The cell itself is in the panel under a random id: its row is the one of its year whose
    /// every released mean equals the cell's own, rounded as the panel rounds them. Leaving it out
    /// keeps the cell from being counted among its own peers, without any key.
    public static func withoutOwnRow(_ entries: [PeerEntry], own: CellRound) -> [PeerEntry] {
        func released(_ value: Double?) -> Double? { value.map { ($0 * 10).rounded(.toNearestOrAwayFromZero) / 10 } }
        let index = entries.firstIndex { entry in
            entry.cell.year == own.year && released(own.overall) == entry.cell.overall
                && own.dimensions.allSatisfy { released($0.mean) == entry.cell.dimension($0.dimensionID)?.mean }
        }
        guard let index else { return entries }
        var kept = entries
        kept.remove(at: index)
        return kept
    }
}
