import YAML

/// What the audit takes from codebook.yaml: the export's stated facts and the vocabularies that
/// make cells.csv's columns checkable. The codebook can only narrow what the audit allows (which
/// dimensions and cell facts exist, which categories a fact has), never widen the audit's own
/// schema: a column it describes that the schema does not know is still a finding.
struct AuditCodebook: Sendable {
    struct CellFact: Sendable {
        var item: String
        var column: String
        /// Categories, coarse categories, `undetermined` and `removed`.
        var values: Set<String>
    }

    static let kind = "zelfscan-anonymised-export"
    static let format = 3

    var kind: String?
    var format: Int?
    var statedK: Int?
    var items: Set<String> = []
    /// Missing codes of the items' scales (`dk`), over all items.
    var missingCodes: Set<String> = []
    /// Option codes the codebook declares for its items: a data field holding exactly one of
    /// them is a code, not a name, even when it reads like one (`peer-review`).
    var optionCodes: Set<String> = []
    /// Per item: the answers it can have (scale values, option codes, missing codes).
    var answers: [String: Set<String>] = [:]
    /// Per scored item: its scale values as written in items.csv.
    var scaleValues: [String: Set<String>] = [:]
    /// Scored items; only these have rows in items.csv.
    var scoredItems: Set<String> = []
    /// Items whose visibility depends on the role, by the codebook's flag or by a condition on
    /// the role: their rows would name the coordinator, so items.csv never holds them.
    var roleDependentItems: Set<String> = []
    /// Per published figure: its categories.
    var figureCategories: [String: Set<String>] = [:]
    /// The risk figures the export states about itself.
    var statedSmallestClass: Int?
    var statedSingledOut: Int?
    /// Top-level keys that are not the codebook's.
    var unknownTopLevelKeys: [(key: String, line: Int)] = []
    var dimensions: [String] = []
    var cellFacts: [CellFact] = []
    /// Every scalar with its line, for the text checks.
    var scalars: [(text: String, line: Int)] = []

    init() {}

    init(_ root: Node) {
        let export = root["export"]
        kind = export?["kind"]?.scalar?.text
        format = export?["format"]?.scalar.flatMap { Int($0.text) }
        statedK = export?["k"]?.scalar.flatMap { Int($0.text) }
        for item in root["items"]?.sequence ?? [] {
            if let id = item["id"]?.scalar?.text { items.insert(id) }
            missingCodes.formUnion(Self.scalars(under: ["missing", "missing_codes"], in: item))
            for option in item["options"]?.mapping ?? [] { if let code = option.key.scalar?.text { optionCodes.insert(code) } }
            guard let id = item["id"]?.scalar?.text else { continue }
            let values = (item["values"]?.mapping ?? []).compactMap { $0.key.scalar?.text }
            let options = (item["options"]?.mapping ?? []).compactMap { $0.key.scalar?.text }
            // Only items that declare their values or options are checked answer by answer.
            if !values.isEmpty || !options.isEmpty {
                answers[id] = Set(values + options).union(Self.scalars(under: ["missing_codes"], in: item))
            }
            if !values.isEmpty { scaleValues[id] = Set(values) }
            if item["kind"]?.scalar?.text == "scored" { scoredItems.insert(id) }
            let condition = item["show_if"]?.scalar?.text ?? ""
            if item["role_dependent"]?.scalar?.text == "true" || condition.contains("role in [") || condition.contains("role group in [") {
                roleDependentItems.insert(id)
            }
        }
        dimensions = (root["dimensions"]?.sequence ?? []).compactMap { $0["id"]?.scalar?.text }
        for figure in root["figures"]?.sequence ?? [] {
            guard let id = figure["figure"]?.scalar?.text else { continue }
            figureCategories[id] = Set((figure["values"]?.mapping ?? []).compactMap { $0.key.scalar?.text })
        }
        statedSmallestClass = export?["risk"]?["smallest_class"]?.scalar.flatMap { Int($0.text) }
        statedSingledOut = export?["risk"]?["singled_out"]?.scalar.flatMap { Int($0.text) }
        let known: Set<String> = ["export", "files", "items", "dimensions", "cell_facts", "bands", "figures"]
        for pair in root.mapping ?? [] where !known.contains(pair.key.scalar?.text ?? "") {
            unknownTopLevelKeys.append((pair.key.scalar?.text ?? "", pair.key.mark.line))
        }
        for fact in root["cell_facts"]?.sequence ?? [] {
            guard let item = fact["item"]?.scalar?.text else { continue }
            let column = fact["column"]?.scalar?.text ?? Self.columnName(item: item)
            var values = Self.scalars(under: ["categories", "coarse", "coarse_categories"], in: fact)
            values.formUnion(["undetermined", "removed"])
            cellFacts.append(CellFact(item: item, column: column, values: values))
        }
        Self.collect(root, into: &scalars)
    }

    /// `context.agreement` → `context_agreement`: the column a cell fact gets in cells.csv.
    static func columnName(item: String) -> String {
        String(item.map { $0 == "." || $0 == "-" ? "_" : $0 })
    }

    /// Every scalar (mapping keys included) below the keys `names`, at any depth.
    private static func scalars(under names: Set<String>, in node: Node) -> Set<String> {
        var found: Set<String> = []
        func walk(_ node: Node, inside: Bool) {
            switch node.content {
            case .scalar(let scalar):
                if inside { found.insert(scalar.text) }
            case .sequence(let items):
                for item in items { walk(item, inside: inside) }
            case .mapping(let pairs):
                for pair in pairs {
                    let key = pair.key.scalar?.text ?? ""
                    if inside { found.insert(key) }
                    walk(pair.value, inside: inside || names.contains(key))
                }
            }
        }
        walk(node, inside: false)
        return found
    }

    private static func collect(_ node: Node, into list: inout [(text: String, line: Int)]) {
        switch node.content {
        case .scalar(let scalar):
            list.append((scalar.text, node.mark.line))
        case .sequence(let items):
            for item in items { collect(item, into: &list) }
        case .mapping(let pairs):
            for pair in pairs {
                collect(pair.key, into: &list)
                collect(pair.value, into: &list)
            }
        }
    }
}
