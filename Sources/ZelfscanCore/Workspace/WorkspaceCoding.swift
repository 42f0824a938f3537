import Foundation
import YAML

/// Reads and writes `zelfscan.yaml`, as described in `docs/response-format.md`.
public enum WorkspaceCoding {
    public static let fileName = "zelfscan.yaml"
    /// The federal LIVC-R law dates from 2018: no round can be older.
    public static let firstYear = 2018

    public struct Result: Sendable {
        public var workspace: Workspace?
        public var diagnostics: [Diagnostic]
        public var sources: [String: String]
    }

    public static func encode(_ workspace: Workspace) throws -> String {
        var pairs: [(String, Node)] = [
            ("format", .plain(String(workspace.format))),
            ("municipality", .text(workspace.municipality)),
            ("level", .text(workspace.level.rawValue)),
        ]
        if let cluster = workspace.cluster { pairs.append(("cluster", .text(cluster.description))) }
        if let province = workspace.province { pairs.append(("province", .text(province.rawValue))) }
        pairs.append(("year", .plain(String(workspace.year))))
        pairs.append(("language", .text(workspace.language.rawValue)))
        switch workspace.questionnaire {
        case .bundled: pairs.append(("questionnaire", .text("bundled")))
        case .file(let path): pairs.append(("questionnaire", .text(path)))
        }
        if workspace.synthetic { pairs.append(("synthetic", .plain("true"))) }
        if let members = workspace.expectedMembers { pairs.append(("expected-members", .plain(String(members)))) }
        var header = "# Zelfscan: werkruimte (workspace). Formaat/format: docs/response-format.md\n"
        if workspace.synthetic {
            header = "# SYNTHETISCHE DEMODATA: een verzonnen gemeente (SYNTHETIC DEMO DATA: an invented municipality).\n" + header
        }
        return header + (try YAMLEmitter().emit(.mapping(pairs)))
    }

    /// What an empty file of this kind should have held.
    static let emptyFileHint = Phrase(en: "it holds the workspace's details, starting with 'format: 1' and 'municipality:'; see docs/response-format.md",
                                      nl: "het bevat de gegevens van de werkruimte, te beginnen met 'format: 1' en 'municipality:'; zie docs/response-format.md")

    /// `currentYear` bounds the round: at most next year, for a round prepared in December.
    public static func decode(file: String, bytes: [UInt8], currentYear: Int) -> Result {
        let sources = [file: String(decoding: bytes, as: UTF8.self)]
        let root: Node
        switch ParsedFile.parse(bytes, file: file, emptyHint: Self.emptyFileHint) {
        case .parsed(let node): root = node
        case .failed(let diagnostic): return Result(workspace: nil, diagnostics: [diagnostic], sources: sources)
        }
        var reader = FieldReader(file: file)
        let workspace = decode(root, reader: &reader, currentYear: currentYear)
        return Result(workspace: reader.log.hasErrors ? nil : workspace, diagnostics: reader.log.diagnostics, sources: sources)
    }

    private static func decode(_ root: Node, reader: inout FieldReader, currentYear: Int) -> Workspace? {
        guard let fields = reader.fields(root, of: Phrase(en: "a workspace file", nl: "een werkruimtebestand"),
                                         required: ["format", "municipality", "year"],
                                         optional: ["level", "cluster", "province", "language", "questionnaire", "synthetic", "expected-members"]) else { return nil }
        let format = reader.integer(fields["format"], .key("format"))
        if let format, format != Workspace.currentFormat, let node = fields["format"] {
            reader.log.error(Phrase(en: "workspace format \(format) is not supported; this version of zelfscan reads format \(Workspace.currentFormat)",
                                    nl: "werkruimteformaat \(format) wordt niet ondersteund; deze versie van zelfscan leest formaat \(Workspace.currentFormat)"),
                             at: node.mark)
        }
        let municipality = reader.text(fields["municipality"], .key("municipality"))
        var level = Workspace.Level.municipal
        if let node = fields["level"], let text = reader.text(node, .key("level")) {
            if let parsed = Workspace.Level(rawValue: text) { level = parsed } else {
                reader.log.error(WorkspaceRules.levelProblem(text), at: node.mark)
            }
        }
        var cluster: BelfiusCluster?
        if let node = fields["cluster"], let text = reader.text(node, .key("cluster")) {
            cluster = BelfiusCluster(text)
            if cluster == nil { reader.log.error(WorkspaceRules.clusterProblem(text), at: node.mark) }
        }
        var province: Province?
        if let node = fields["province"], let text = reader.text(node, .key("province")) {
            province = Province(name: text)
            if province == nil { reader.log.error(WorkspaceRules.provinceProblem(text), at: node.mark) }
        }
        var year: Int?
        if let node = fields["year"], let value = reader.integer(node, .key("year")) {
            if let problem = WorkspaceRules.yearProblem(value, currentYear: currentYear) {
                reader.log.error(problem, at: node.mark)
            } else {
                year = value
            }
        }
        var language = Language.nl
        if let node = fields["language"], let text = reader.text(node, .key("language")) {
            if let known = Language(rawValue: text) { language = known } else {
                reader.log.error(WorkspaceRules.languageProblem(text), at: node.mark)
            }
        }
        var questionnaire = Workspace.QuestionnaireSource.bundled
        if let node = fields["questionnaire"], let text = reader.text(node, .key("questionnaire")), text != "bundled" {
            questionnaire = .file(text)
        }
        let synthetic = fields["synthetic"].flatMap { reader.boolean($0, .key("synthetic")) } ?? false
        var expectedMembers: Int?
        if let node = fields["expected-members"], let value = reader.integer(node, .key("expected-members")) {
            if let problem = WorkspaceRules.expectedMembersProblem(value) { reader.log.error(problem, at: node.mark) } else { expectedMembers = value }
        }
        guard let municipality, let year, format == Workspace.currentFormat else { return nil }
        return Workspace(municipality: municipality, level: level, cluster: cluster, province: province, year: year,
                         language: language, questionnaire: questionnaire, synthetic: synthetic, expectedMembers: expectedMembers)
    }
}
