import YAML

/// Turns a parsed questionnaire into the model, checking every rule of
/// `docs/questionnaire-format.md` and logging each violation where it occurs.
///
/// The parts live in extensions: scales, bands and roles; the context module; the dimensions.
struct QuestionnaireDecoder {
    static let supportedFormats = 1...2
    static let topLevelRequired = [
        "format", "id", "version", "languages", "title", "introduction", "privacy", "scales", "bands",
        "role_groups", "roles", "dimensions",
    ]
    static let topLevelOptional = ["benchmarks", "context", "knowledge", "continues", "group"]

    var reader: FieldReader
    /// Reference-figure sets by declared id, with the marks of their categories, loaded by the caller.
    var figureSets: [String: (set: ReferenceFigureSet, file: String, categories: ReferenceFigureDecoder.CategoryMarks)] = [:]
    /// Declared benchmark ids even when their file failed, so references to them are not reported twice.
    var declaredBenchmarks: [String] = []
    /// Benchmark sources some context item refers to; a declared source nobody uses gets a warning.
    var usedBenchmarks: Set<String> = []
    var benchmarkMarks: [String: Mark] = [:]

    var scales: [Scale] = []
    var bandCodes: [String] = []
    var roleIDs: [String] = []
    var roleGroupIDs: [String] = []
    /// Every item id with where it is defined, to tell "asked later" from "unknown".
    var allItems: [String: Mark] = [:]
    /// Items decoded so far, in the order asked: what conditions may refer to.
    var earlier: [String: AnsweredItem] = [:]
    /// Items whose own definition is broken (reported); conditions on them stay silent.
    var unusable: Set<String> = []
    var itemMarks: [String: Mark] = [:]
    /// Keys only format 2 knows, where they are used: a `format: 1` file that uses one is told to
    /// say `format: 2`, so older tools refuse it rather than ignore what it asks.
    var formatTwoKeys: [(key: String, mark: Mark)] = []
    /// The file's `format`, once read: advice to use a format 2 key is given to format 2 files only.
    var declaredFormat: Int?
    /// The version named by the top-level `continues`; nil when the file revises none.
    var earlierVersion: String?
    /// Earlier item and dimension ids already continued, so two cannot claim the same one.
    var continuedItems: [String: Mark] = [:]
    var continuedDimensions: [String: Mark] = [:]

    init(file: String) {
        reader = FieldReader(file: file)
    }

    /// The top-level fields, read first so languages and benchmark files are known before the rest.
    mutating func topLevel(_ root: Node) -> Fields? {
        reader.fields(root, of: Phrase(en: "the questionnaire", nl: "de vragenlijst"),
                      required: Self.topLevelRequired, optional: Self.topLevelOptional)
    }

    mutating func languages(_ fields: Fields) -> [String] {
        guard let list = reader.list(fields["languages"], .key("languages")) else { return [] }
        var languages: [String] = []
        var seen: [String: Mark] = [:]
        for node in list {
            guard let code = reader.text(node, Phrase(en: "a language in 'languages'", nl: "een taal in 'languages'")) else { continue }
            guard code.count >= 2, code.count <= 3, code.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else {
                reader.log.error(Phrase(en: "'\(code)' is not a language code; use two or three lower-case letters such as nl or en",
                                        nl: "'\(code)' is geen taalcode; gebruik twee of drie kleine letters, zoals nl of en"), at: node.mark)
                continue
            }
            reader.unique(code, at: node.mark, in: &seen, Phrase(en: "language", nl: "taal"))
            if !languages.contains(code) { languages.append(code) }
        }
        return languages
    }

    /// The declared benchmark sources: id, the file node (for errors) and the relative path.
    mutating func benchmarkDeclarations(_ fields: Fields) -> [(id: String, fileNode: Node, path: String)] {
        guard let node = fields["benchmarks"], let list = reader.list(node, .key("benchmarks")) else { return [] }
        var declarations: [(String, Node, String)] = []
        var seen: [String: Mark] = [:]
        for entry in list {
            guard let entryFields = reader.fields(entry, of: Phrase(en: "a benchmark source", nl: "een bron met referentiecijfers"), required: ["id", "file"]),
                  let id = reader.identifier(entryFields["id"], Phrase(en: "the benchmark 'id'", nl: "de 'id' van de bron")) else { continue }
            reader.unique(id, at: entryFields["id"]!.mark, in: &seen, Phrase(en: "benchmark id", nl: "bron-id"))
            declaredBenchmarks.append(id)
            benchmarkMarks[id] = entryFields["id"]!.mark
            if let fileNode = entryFields["file"], let path = reader.text(fileNode, .key("file", of: .named(en: "benchmark", nl: "bron", id))) {
                declarations.append((id, fileNode, path))
            }
        }
        return declarations
    }

    mutating func decode(_ fields: Fields, languages: [String]) -> Questionnaire? {
        reader.languages = languages
        let formatNode = fields["format"]
        let format = reader.integer(formatNode, .key("format"))
        declaredFormat = format
        let formats = "\(Self.supportedFormats.lowerBound)–\(Self.supportedFormats.upperBound)"
        if let format, !Self.supportedFormats.contains(format), let formatNode {
            reader.log.error(Phrase(en: "format \(format) is not supported; this version of zelfscan reads formats \(formats)",
                                    nl: "formaat \(format) wordt niet ondersteund; deze versie van zelfscan leest de formaten \(formats)"),
                             at: formatNode.mark)
        }
        let id = reader.identifier(fields["id"], Phrase(en: "the questionnaire 'id'", nl: "de 'id' van de vragenlijst"))
        let version = reader.text(fields["version"], .key("version"))
        let title = reader.localized(fields["title"], .key("title"))
        let introduction = reader.localized(fields["introduction"], .key("introduction"))
        let privacy = reader.localized(fields["privacy"], .key("privacy"))
        scales = decodeScales(fields["scales"])
        let bands = decodeBands(fields["bands"])
        let roleGroups = decodeRoleGroups(fields["role_groups"])
        let roles = decodeRoles(fields["roles"])
        collectItemIDs(fields)
        let continues = fields["continues"].flatMap { decodeContinues($0, version: version) }
        earlierVersion = continues
        let context = fields["context"].flatMap { decodeContext($0) }
        var dimensions: [Dimension] = []
        var seenDimensions: [String: Mark] = [:]
        for node in reader.list(fields["dimensions"], .key("dimensions")) ?? [] {
            if let dimension = decodeDimension(node, seen: &seenDimensions) { dimensions.append(dimension) }
        }
        let knowledge = fields["knowledge"].flatMap { decodeKnowledge($0) }
        let group = fields["group"].flatMap { decodeGroupNoun($0) }
        if format == 1 {
            for use in formatTwoKeys {
                reader.log.error(Phrase(en: "'\(use.key)' is a format 2 key, but the file says 'format: 1'",
                                        nl: "'\(use.key)' is een sleutel van formaat 2, maar het bestand zegt 'format: 1'"),
                                 at: use.mark,
                                 hint: Phrase(en: "write 'format: 2' at the top, so that tools that do not know the key refuse the file instead of ignoring it",
                                              nl: "schrijf 'format: 2' bovenaan, zodat programma's die de sleutel niet kennen het bestand weigeren in plaats van de sleutel te negeren"))
            }
        }
        for source in declaredBenchmarks where !usedBenchmarks.contains(source) {
            reader.log.warning(Phrase(en: "the benchmark source '\(source)' is declared but no context item refers to it",
                                      nl: "de bron '\(source)' is opgegeven, maar geen enkele contextvraag verwijst ernaar"),
                               at: benchmarkMarks[source] ?? fields.node.mark,
                               hint: Phrase(en: "link a context item to one of its figures with 'benchmark: \(source).FIGURE', or remove it",
                                            nl: "koppel een contextvraag aan een van de cijfers met 'benchmark: \(source).CIJFER', of verwijder de bron"))
        }
        guard !reader.log.hasErrors, let format, let id, let version, let title, let introduction, let privacy else { return nil }
        var questionnaire = Questionnaire(
            format: format, id: id, version: version, languages: languages, title: title, introduction: introduction,
            privacy: privacy, scales: scales, bands: bands, roleGroups: roleGroups, roles: roles,
            referenceFigures: figureSets.values.map(\.set).sorted { $0.id < $1.id }, context: context, dimensions: dimensions,
            knowledge: knowledge, continues: continues)
        questionnaire.group = group ?? .neutral
        return questionnaire
    }
}
