import YAML

/// Reads an export folder's cell scores back as peer entries, so an export (or a merged pool
/// of exports) can serve as `--peers`: pseudonyms stand in for municipalities, the Belfius group
/// for the cluster. Pure: the command passes the texts of codebook.yaml and scores.csv.
public enum ExportPeers {
    public enum Failure: Error, Sendable, Equatable {
        /// codebook.yaml has no `export.kind: zelfscan-anonymised-export`.
        case notAnExport
        /// The export holds another questionnaire id or version than the one compared.
        case otherQuestionnaire(found: String)
        /// scores.csv lacks a column this reader needs, or cannot be parsed.
        case unreadableScores
    }

    public struct Facts: Sendable, Equatable {
        public var questionnaireID: String
        public var questionnaireVersion: String
        public var synthetic: Bool
        public var keyCheck: String
        public var k: Int
        public var scoringRulesVersion: String
    }

    /// The `export:` section of codebook.yaml.
    public static func facts(codebookYAML: String) throws(Failure) -> Facts {
        guard let root = try? YAMLParser().parse(codebookYAML), let export = root["export"],
              export["kind"]?.scalar?.text == ExportCodebook.kind,
              let id = export["questionnaire"]?["id"]?.scalar?.text,
              let version = export["questionnaire"]?["version"]?.scalar?.text else { throw .notAnExport }
        return Facts(questionnaireID: id, questionnaireVersion: version, synthetic: export["synthetic"]?.scalar?.text == "true",
                     keyCheck: export["key_check"]?.scalar?.text ?? "", k: Int(export["k"]?.scalar?.text ?? "") ?? 0,
                     scoringRulesVersion: export["scoring_rules_version"]?.scalar?.text ?? "")
    }

    public static func entries(codebookYAML: String, scoresCSV: String, questionnaire: Questionnaire) throws(Failure) -> [PeerEntry] {
        let facts = try facts(codebookYAML: codebookYAML)
        guard facts.questionnaireID == questionnaire.id, facts.questionnaireVersion == questionnaire.version else {
            throw .otherQuestionnaire(found: "\(facts.questionnaireID) \(facts.questionnaireVersion)")
        }
        guard let records = CSVFormat.parse(scoresCSV), let header = records.first else { throw .unreadableScores }
        let names = ["municipality", "year", "belfius_group", "unit", "dimension", "score", "n"]
        let index = names.compactMap { header.firstIndex(of: $0) }
        guard index.count == names.count else { throw .unreadableScores }
        struct Cell { var group: String; var means: [String: Double] = [:]; var n: [String: Int] = [:]; var overall: Double? }
        var cells: [[String]: Cell] = [:]
        for row in records.dropFirst() where row.count == header.count && row[index[3]] == "cell" {
            guard let year = Int(row[index[1]]) else { throw .unreadableScores }
            let key = [row[index[0]], String(year)]
            var cell = cells[key] ?? Cell(group: row[index[2]])
            let score = Double(row[index[5]])
            if row[index[4]] == "overall" {
                cell.overall = score
            } else {
                cell.means[row[index[4]]] = score
                cell.n[row[index[4]]] = Int(row[index[6]]) ?? 0
            }
            cells[key] = cell
        }
        return cells.keys.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.map { key in
            let cell = cells[key]!
            return PeerEntry(pseudonym: key[0], year: Int(key[1])!, questionnaire: questionnaire,
                             group: BelfiusCluster.Group(rawValue: cell.group), means: cell.means, respondents: cell.n,
                             overall: cell.overall, synthetic: facts.synthetic)
        }
    }
}
