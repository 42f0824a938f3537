import YAML

/// Turns a parsed questionnaire into the model, checking every rule of
/// `docs/questionnaire-format.md` and logging each violation where it occurs.
struct QuestionnaireDecoder {
    static let supportedFormat = 1
    static let topLevelRequired = [
        "format", "id", "version", "languages", "title", "introduction", "privacy", "scales", "bands",
        "role_groups", "roles", "dimensions",
    ]
    static let topLevelOptional = ["benchmarks", "context"]

    var reader: FieldReader
    /// Reference-figure sets by declared id, with the marks of their categories, loaded by the caller.
    var figureSets: [String: (set: ReferenceFigureSet, file: String, categories: ReferenceFigureDecoder.CategoryMarks)] = [:]
    /// Declared benchmark ids even when their file failed, so references to them are not reported twice.
    var declaredBenchmarks: [String] = []
    /// Benchmark sources some context item refers to; a declared source nobody uses gets a warning.
    private var usedBenchmarks: Set<String> = []
    private var benchmarkMarks: [String: Mark] = [:]

    private var scales: [Scale] = []
    private var bandCodes: [String] = []
    private var roleIDs: [String] = []
    private var roleGroupIDs: [String] = []
    private var allItems: [String: Mark] = [:]
    private var earlier: [String: AnsweredItem] = [:]
    private var unusable: Set<String> = []
    private var itemMarks: [String: Mark] = [:]

    init(file: String) {
        reader = FieldReader(file: file)
    }

    /// The top-level fields, read first so languages and benchmark files are known before the rest.
    mutating func topLevel(_ root: Node) -> Fields? {
        reader.fields(root, of: "the questionnaire", required: Self.topLevelRequired, optional: Self.topLevelOptional)
    }

    mutating func languages(_ fields: Fields) -> [String] {
        guard let list = reader.list(fields["languages"], "'languages'") else { return [] }
        var languages: [String] = []
        var seen: [String: Mark] = [:]
        for node in list {
            guard let code = reader.text(node, "a language in 'languages'") else { continue }
            guard code.count >= 2, code.count <= 3, code.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else {
                reader.log.error("'\(code)' is not a language code; use two or three lower-case letters such as nl or en", at: node.mark)
                continue
            }
            reader.unique(code, at: node.mark, in: &seen, "language")
            if !languages.contains(code) { languages.append(code) }
        }
        return languages
    }

    /// The declared benchmark sources: id, the file node (for errors) and the relative path.
    mutating func benchmarkDeclarations(_ fields: Fields) -> [(id: String, fileNode: Node, path: String)] {
        guard let node = fields["benchmarks"], let list = reader.list(node, "'benchmarks'") else { return [] }
        var declarations: [(String, Node, String)] = []
        var seen: [String: Mark] = [:]
        for entry in list {
            guard let entryFields = reader.fields(entry, of: "a benchmark source", required: ["id", "file"]),
                  let id = reader.identifier(entryFields["id"], "the benchmark 'id'") else { continue }
            reader.unique(id, at: entryFields["id"]!.mark, in: &seen, "benchmark id")
            declaredBenchmarks.append(id)
            benchmarkMarks[id] = entryFields["id"]!.mark
            if let fileNode = entryFields["file"], let path = reader.text(fileNode, "'file' of benchmark '\(id)'") {
                declarations.append((id, fileNode, path))
            }
        }
        return declarations
    }

    mutating func decode(_ fields: Fields, languages: [String]) -> Questionnaire? {
        reader.languages = languages
        let formatNode = fields["format"]
        let format = reader.integer(formatNode, "'format'")
        if let format, format != Self.supportedFormat, let formatNode {
            reader.log.error("format \(format) is not supported; this version of zelfscan reads format \(Self.supportedFormat)", at: formatNode.mark)
        }
        let id = reader.identifier(fields["id"], "the questionnaire 'id'")
        let version = reader.text(fields["version"], "'version'")
        let title = reader.localized(fields["title"], "'title'")
        let introduction = reader.localized(fields["introduction"], "'introduction'")
        let privacy = reader.localized(fields["privacy"], "'privacy'")
        scales = decodeScales(fields["scales"])
        let bands = decodeBands(fields["bands"])
        let roleGroups = decodeRoleGroups(fields["role_groups"])
        let roles = decodeRoles(fields["roles"])
        collectItemIDs(fields)
        let context = fields["context"].flatMap { decodeContext($0) }
        var dimensions: [Dimension] = []
        var seenDimensions: [String: Mark] = [:]
        for node in reader.list(fields["dimensions"], "'dimensions'") ?? [] {
            if let dimension = decodeDimension(node, seen: &seenDimensions) { dimensions.append(dimension) }
        }
        for source in declaredBenchmarks where !usedBenchmarks.contains(source) {
            reader.log.warning("the benchmark source '\(source)' is declared but no context item refers to it", at: benchmarkMarks[source] ?? fields.node.mark,
                               hint: "link a context item to one of its figures with 'benchmark: \(source).FIGURE', or remove it")
        }
        guard !reader.log.hasErrors, let format, let id, let version, let title, let introduction, let privacy else { return nil }
        return Questionnaire(
            format: format, id: id, version: version, languages: languages, title: title, introduction: introduction,
            privacy: privacy, scales: scales, bands: bands, roleGroups: roleGroups, roles: roles,
            referenceFigures: figureSets.values.map(\.set).sorted { $0.id < $1.id }, context: context, dimensions: dimensions)
    }

    // MARK: - Scales, bands, roles

    private mutating func decodeScales(_ node: Node?) -> [Scale] {
        guard let node else { return [] }
        guard let pairs = node.mapping, !pairs.isEmpty else {
            reader.log.error("'scales' must map scale ids to scales, such as 'agree5: {options: [...]}'", at: node.mark)
            return []
        }
        var result: [Scale] = []
        for pair in pairs {
            guard let id = reader.identifier(pair.key, "the scale id"),
                  let fields = reader.fields(pair.value, of: "scale '\(id)'", required: ["options"], optional: ["title", "missing"])
            else { continue }
            let title = reader.localized(fields["title"], "'title' of scale '\(id)'")
            var options: [Scale.Option] = []
            var values: [Double: Mark] = [:]
            let list = reader.list(fields["options"], "'options' of scale '\(id)'") ?? []
            if list.count == 1 { reader.log.error("scale '\(id)' has one option; a scale needs at least two", at: fields["options"]!.mark) }
            for optionNode in list {
                guard let option = reader.fields(optionNode, of: "an option of scale '\(id)'", required: ["value", "label"]),
                      let value = reader.number(option["value"], "'value' of an option of scale '\(id)'") else { continue }
                if let first = values[value] {
                    reader.log.error("scale '\(id)' has the value \(NumberText.format(value)) twice; it is already used at line \(first.line)", at: option["value"]!.mark,
                                     notes: [Diagnostic.Note(line: first.line, column: first.column, message: "first use of the value \(NumberText.format(value))")])
                }
                values[value] = option["value"]!.mark
                // An option whose label is broken (reported, so the file is invalid) is kept, so that
                // conditions comparing with its value are not reported a second time.
                let label = reader.localized(option["label"], "the label of value \(NumberText.format(value)) in scale '\(id)'")
                options.append(Scale.Option(value: value, label: label ?? LocalizedText([:])))
            }
            let missing = decodeMissing(fields["missing"], owner: "scale '\(id)'", taken: [])
            result.append(Scale(id: id, title: title, options: options, missing: missing))
        }
        return result
    }

    private mutating func decodeMissing(_ node: Node?, owner: String, taken: [String]) -> [MissingOption] {
        guard let node, let list = reader.list(node, "'missing' of \(owner)") else { return [] }
        var result: [MissingOption] = []
        var seen: [String: Mark] = [:]
        for entry in list {
            guard let fields = reader.fields(entry, of: "a missing option of \(owner)", required: ["code", "label"]),
                  let code = reader.identifier(fields["code"], "'code' of a missing option of \(owner)") else { continue }
            reader.unique(code, at: fields["code"]!.mark, in: &seen, "code")
            if taken.contains(code) {
                reader.log.error("the missing code '\(code)' of \(owner) is also an option code; 'don't know' must differ from the answers", at: fields["code"]!.mark)
            }
            // Kept with a broken label (reported), like scale options.
            let label = reader.localized(fields["label"], "the label of '\(code)' in \(owner)")
            result.append(MissingOption(code: code, label: label ?? LocalizedText([:])))
        }
        return result
    }

    private mutating func decodeBands(_ node: Node?) -> [Band] {
        var entries: [(band: Band, mark: Mark)] = []
        var seen: [String: Mark] = [:]
        // Coverage is only judged on a complete set of bounds: a band that could not be read would
        // otherwise show up as a false gap.
        var complete = true
        for entry in reader.list(node, "'bands'") ?? [] {
            guard let fields = reader.fields(entry, of: "a band", required: ["from", "to", "code", "label"]),
                  let code = reader.identifier(fields["code"], "the band 'code'") else {
                complete = false
                continue
            }
            reader.unique(code, at: fields["code"]!.mark, in: &seen, "band code")
            let from = reader.number(fields["from"], "'from' of band '\(code)'")
            let to = reader.number(fields["to"], "'to' of band '\(code)'")
            let label = reader.localized(fields["label"], "the label of band '\(code)'")
            for (key, value) in [("from", from), ("to", to)] {
                if let value, value < 0 || value > 100, let mark = fields[key]?.mark {
                    reader.log.error("'\(key)' of band '\(code)' is \(NumberText.format(value)); bands lie on the 0–100 scale", at: mark)
                }
            }
            bandCodes.append(code)
            guard let from, let to else {
                complete = false
                continue
            }
            // Kept with a broken label (reported), like scale options.
            entries.append((Band(from: from, to: to, code: code, label: label ?? LocalizedText([:])), entry.mark))
        }
        if complete {
            BandCoverage.check(entries, log: &reader.log)
        }
        return entries.map(\.band)
    }

    private mutating func decodeRoleGroups(_ node: Node?) -> [RoleGroup] {
        var result: [RoleGroup] = []
        var seen: [String: Mark] = [:]
        for entry in reader.list(node, "'role_groups'") ?? [] {
            guard let fields = reader.fields(entry, of: "a role group", required: ["id", "label"]),
                  let id = reader.identifier(fields["id"], "the role group 'id'") else { continue }
            reader.unique(id, at: fields["id"]!.mark, in: &seen, "role group")
            roleGroupIDs.append(id)
            if let label = reader.localized(fields["label"], "the label of role group '\(id)'") {
                result.append(RoleGroup(id: id, label: label))
            }
        }
        return result
    }

    private mutating func decodeRoles(_ node: Node?) -> [Role] {
        var result: [Role] = []
        var seen: [String: Mark] = [:]
        for entry in reader.list(node, "'roles'") ?? [] {
            guard let fields = reader.fields(entry, of: "a role", required: ["id", "group", "label"]),
                  let id = reader.identifier(fields["id"], "the role 'id'") else { continue }
            reader.unique(id, at: fields["id"]!.mark, in: &seen, "role")
            roleIDs.append(id)
            let label = reader.localized(fields["label"], "the label of role '\(id)'")
            guard let group = reader.identifier(fields["group"], "the group of role '\(id)'") else { continue }
            if !roleGroupIDs.contains(group) {
                let hint = Suggestion.hint(for: group, among: roleGroupIDs, noun: "role group")
                reader.log.error("role '\(id)' is in the unknown role group '\(group)'; \(hint)", at: fields["group"]!.mark)
            }
            if let label { result.append(Role(id: id, group: group, label: label)) }
        }
        return result
    }

    // MARK: - Items

    /// Every item id with its place, so conditions can tell an item asked later from a typo.
    private mutating func collectItemIDs(_ fields: Fields) {
        let contextItems = fields["context"]?["items"]?.sequence ?? []
        let dimensionItems = (fields["dimensions"]?.sequence ?? []).flatMap { $0["items"]?.sequence ?? [] }
        for item in contextItems + dimensionItems {
            if let idNode = item["id"], let id = idNode.scalar?.text, allItems[id] == nil {
                allItems[id] = idNode.mark
            }
        }
    }

    private var conditions: ConditionDecoder {
        ConditionDecoder(earlier: earlier, allItems: allItems, unusable: unusable, roles: roleIDs, roleGroups: roleGroupIDs)
    }

    private mutating func itemID(_ fields: Fields, _ what: String) -> String? {
        guard let id = reader.identifier(fields["id"], "the \(what) 'id'") else { return nil }
        reader.unique(id, at: fields["id"]!.mark, in: &itemMarks, "item id")
        return id
    }

    private mutating func decodeContext(_ node: Node) -> ContextModule? {
        guard let fields = reader.fields(node, of: "'context'", required: ["title", "items"]) else { return nil }
        let title = reader.localized(fields["title"], "the context 'title'")
        var items: [ContextItem] = []
        for entry in reader.list(fields["items"], "the context 'items'") ?? [] {
            if let item = decodeContextItem(entry) { items.append(item) }
        }
        guard let title else { return nil }
        return ContextModule(title: title, items: items)
    }

    private mutating func decodeContextItem(_ node: Node) -> ContextItem? {
        guard let fields = reader.fields(
            node, of: "a context item", required: ["id", "type", "text"],
            optional: ["help", "options", "missing", "benchmark", "show_if", "min", "max", "integer", "unit", "max_length"]),
            let id = itemID(fields, "context item")
        else { return nil }
        let what = "context item '\(id)'"
        let kindText = reader.text(fields["type"], "'type' of \(what)")
        let kind = kindText.flatMap(ContextItem.Kind.init(rawValue:))
        if let kindText, kind == nil {
            let hint = Suggestion.hint(for: kindText, among: ContextItem.Kind.allCases.map(\.rawValue), noun: "type")
            reader.log.error("\(what) has the unknown type '\(kindText)'; \(hint)", at: fields["type"]!.mark)
        }
        let text = reader.localized(fields["text"], "the text of \(what)")
        let help = reader.localized(fields["help"], "the help of \(what)")
        let showIf = fields["show_if"].flatMap { conditions.decode($0, owner: id, reader: &reader) }
        if let kind { rejectKeys(notApplyingTo: kind, fields, what) }

        var choices: [ContextItem.Choice] = []
        if kind == .single || kind == .multiple {
            if fields["options"] == nil {
                reader.log.error("\(what) is a '\(kind!.rawValue)' question and needs 'options'", at: node.mark)
            }
            var seen: [String: Mark] = [:]
            let list = reader.list(fields["options"], "'options' of \(what)") ?? []
            if list.count == 1 { reader.log.error("\(what) has one option; a choice needs at least two", at: fields["options"]!.mark) }
            for entry in list {
                guard let option = reader.fields(entry, of: "an option of \(what)", required: ["code", "label"]),
                      let code = reader.identifier(option["code"], "'code' of an option of \(what)") else { continue }
                reader.unique(code, at: option["code"]!.mark, in: &seen, "option code")
                // Kept with a broken label (reported), like scale options.
                let label = reader.localized(option["label"], "the label of '\(code)' in \(what)")
                choices.append(.init(code: code, label: label ?? LocalizedText([:])))
            }
        }
        let missing = decodeMissing(fields["missing"], owner: what, taken: choices.map(\.code))
        let minimum = reader.number(fields["min"], "'min' of \(what)")
        let maximum = reader.number(fields["max"], "'max' of \(what)")
        if let minimum, let maximum, minimum > maximum {
            reader.log.error("'min' of \(what) is above its 'max'", at: fields["min"]!.mark)
        }
        let integer = fields["integer"].map { reader.boolean($0, "'integer' of \(what)") } ?? false
        if integer == true {
            for (key, bound) in [("min", minimum), ("max", maximum)] {
                if let bound, bound != bound.rounded(), let mark = fields[key]?.mark {
                    reader.log.error("'\(key)' of \(what) is \(NumberText.format(bound)), but the item asks for a whole number", at: mark)
                }
            }
        }
        let unit = reader.localized(fields["unit"], "'unit' of \(what)")
        let maxLength = fields["max_length"].map { reader.integer($0, "'max_length' of \(what)") } ?? 1000
        if let maxLength, maxLength < 1, let mark = fields["max_length"]?.mark {
            reader.log.error("'max_length' of \(what) must be at least 1", at: mark)
        }
        let benchmark = fields["benchmark"].flatMap { checkBenchmark($0, item: id, kind: kind, options: choices.map(\.code)) }

        if let kind {
            let shape: AnsweredItem.Shape
            switch kind {
            case .single, .multiple: shape = .choice(codes: choices.map(\.code))
            case .number: shape = .number
            case .text: shape = .text
            }
            earlier[id] = AnsweredItem(id: id, shape: shape, missingCodes: missing.map(\.code))
        } else {
            unusable.insert(id)
        }
        guard let kind, let text, let integer, let maxLength else { return nil }
        return ContextItem(
            id: id, kind: kind, text: text, help: help, options: choices, missing: missing, benchmark: benchmark,
            showIf: showIf, minimum: minimum, maximum: maximum, integer: integer, unit: unit, maxLength: maxLength)
    }

    private mutating func rejectKeys(notApplyingTo kind: ContextItem.Kind, _ fields: Fields, _ what: String) {
        let applies: [String: [ContextItem.Kind]] = [
            "options": [.single, .multiple], "benchmark": [.single, .multiple],
            "min": [.number], "max": [.number], "integer": [.number], "unit": [.number], "max_length": [.text],
        ]
        for (key, kinds) in applies.sorted(by: { $0.key < $1.key }) where fields.has(key) && !kinds.contains(kind) {
            let names = kinds.map { "'\($0.rawValue)'" }.joined(separator: " and ")
            reader.log.error("'\(key)' does not apply to the '\(kind.rawValue)' \(what); it is for \(names) questions", at: fields[key]!.mark)
        }
    }

    private mutating func checkBenchmark(_ node: Node, item: String, kind: ContextItem.Kind?, options: [String]) -> FigureReference? {
        guard let text = reader.text(node, "'benchmark' of context item '\(item)'") else { return nil }
        // Source ids may contain dots themselves: the longest declared source that prefixes the text wins.
        let declaredSource = declaredBenchmarks.filter { text.hasPrefix($0 + ".") && text.count > $0.count + 1 }.max { $0.count < $1.count }
        let parts = declaredSource.map { [$0, String(text.dropFirst($0.count + 1))] } ?? text.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            reader.log.error("'benchmark' of context item '\(item)' must be SOURCE.FIGURE, such as vvsg-2022.agreement-framework; found '\(text)'", at: node.mark)
            return nil
        }
        let reference = FigureReference(source: parts[0], figure: parts[1])
        usedBenchmarks.insert(reference.source)
        guard declaredBenchmarks.contains(reference.source) else {
            let hint = Suggestion.hint(for: reference.source, among: declaredBenchmarks, noun: "benchmark source")
            reader.log.error("context item '\(item)' refers to the undeclared benchmark source '\(reference.source)'; \(hint)", at: node.mark,
                             hint: "declare it under 'benchmarks' with its file")
            return nil
        }
        // A source whose file failed has been reported already.
        guard let loaded = figureSets[reference.source] else { return nil }
        guard let figure = loaded.set.figure(reference.figure) else {
            let hint = Suggestion.hint(for: reference.figure, among: loaded.set.figures.map(\.id), noun: "figure")
            reader.log.error("'\(loaded.file)' has no figure '\(reference.figure)'; \(hint)", at: node.mark)
            return nil
        }
        // Only choice items offer options; 'benchmark' on another type, or an unknown type, is reported already.
        guard kind == .single || kind == .multiple else { return reference }
        for value in figure.values where !options.contains(value.category) {
            let place = loaded.categories.mark(figure: figure.id, category: value.category).map { " (\(loaded.file):\($0))" } ?? ""
            reader.log.error("figure '\(reference)' has the category '\(value.category)'\(place), which is not an option of '\(item)'", at: node.mark,
                             hint: "add '\(value.category)' as an option code, or move it to the figure's 'other_values'")
        }
        for value in figure.otherValues where options.contains(value.category) {
            let place = loaded.categories.mark(figure: figure.id, category: value.category).map { " (\(loaded.file):\($0))" } ?? ""
            reader.log.error("figure '\(reference)' lists '\(value.category)' under 'other_values'\(place), but '\(item)' offers it as an option", at: node.mark,
                             hint: "move '\(value.category)' to the figure's 'values' so it is shown beside the answer")
        }
        return reference
    }

    private mutating func decodeDimension(_ node: Node, seen: inout [String: Mark]) -> Dimension? {
        guard let fields = reader.fields(
            node, of: "a dimension", required: ["id", "title", "items"], optional: ["description", "min_coverage", "advice"]),
            let id = reader.identifier(fields["id"], "the dimension 'id'")
        else { return nil }
        reader.unique(id, at: fields["id"]!.mark, in: &seen, "dimension id")
        let what = "dimension '\(id)'"
        let title = reader.localized(fields["title"], "the title of \(what)")
        let description = reader.localized(fields["description"], "the description of \(what)")
        let coverage = fields["min_coverage"].map { reader.number($0, "'min_coverage' of \(what)") } ?? 0.6
        if let coverage, coverage <= 0 || coverage > 1 {
            reader.log.error("'min_coverage' of \(what) is \(NumberText.format(coverage)); it must be above 0 and at most 1", at: fields["min_coverage"]!.mark,
                             hint: "0.6 means a score needs answers on 60% of the item weight shown")
        }
        var items: [Item] = []
        for entry in reader.list(fields["items"], "'items' of \(what)") ?? [] {
            if let item = decodeItem(entry) { items.append(item) }
        }
        let advice = decodeAdvice(fields["advice"], what: what, mark: node.mark)
        guard let title, let coverage else { return nil }
        return Dimension(id: id, title: title, description: description, minCoverage: coverage, items: items, advice: advice)
    }

    private mutating func decodeItem(_ node: Node) -> Item? {
        guard let fields = reader.fields(
            node, of: "an item", required: ["id", "text", "scale"], optional: ["help", "reverse", "weight", "show_if"]),
            let id = itemID(fields, "item")
        else { return nil }
        let what = "item '\(id)'"
        let text = reader.localized(fields["text"], "the text of \(what)")
        let help = reader.localized(fields["help"], "the help of \(what)")
        let reverse = fields["reverse"].map { reader.boolean($0, "'reverse' of \(what)") } ?? false
        let weight = fields["weight"].map { reader.number($0, "'weight' of \(what)") } ?? 1
        if let weight, weight <= 0 {
            reader.log.error("'weight' of \(what) is \(NumberText.format(weight)); weights must be greater than 0", at: fields["weight"]!.mark,
                             hint: "to leave an item out of the score, move it to the context module")
        }
        let showIf = fields["show_if"].flatMap { conditions.decode($0, owner: id, reader: &reader) }
        var scale: Scale?
        if let scaleNode = fields["scale"], let scaleID = reader.identifier(scaleNode, "the scale of \(what)") {
            scale = scales.first { $0.id == scaleID }
            if scale == nil {
                let names = scales.map(\.id)
                let hint = Suggestion.closest(to: scaleID, among: names).map { "did you mean '\($0)'? " } ?? ""
                reader.log.error("\(what) uses the unknown scale '\(scaleID)'; \(hint)the scales are: \(names.joined(separator: ", "))", at: scaleNode.mark)
            }
        }
        if let scale {
            earlier[id] = AnsweredItem(id: id, shape: .scale(values: scale.options.map(\.value)), missingCodes: scale.missing.map(\.code))
        } else {
            unusable.insert(id)
        }
        guard let text, let reverse, let weight, let scale else { return nil }
        return Item(id: id, text: text, help: help, scale: scale.id, reverse: reverse, weight: weight, showIf: showIf)
    }

    private mutating func decodeAdvice(_ node: Node?, what: String, mark: Mark) -> [String: [LocalizedText]] {
        var advice: [String: [LocalizedText]] = [:]
        if let node {
            if let pairs = node.mapping {
                for pair in pairs {
                    guard let code = reader.identifier(pair.key, "a band code in the advice of \(what)") else { continue }
                    guard bandCodes.contains(code) else {
                        let hint = Suggestion.hint(for: code, among: bandCodes, noun: "band code")
                        reader.log.error("the advice of \(what) is keyed by '\(code)', which is not a band code; \(hint)", at: pair.key.mark)
                        continue
                    }
                    let actions = (reader.list(pair.value, "the '\(code)' advice of \(what)") ?? [])
                        .compactMap { reader.localized($0, "an action in the '\(code)' advice of \(what)") }
                    advice[code] = actions
                }
            } else {
                reader.log.error("'advice' of \(what) must map band codes to lists of actions, found \(node.kindDescription)", at: node.mark)
            }
        }
        for code in bandCodes where advice[code] == nil {
            reader.log.warning("\(what) has no advice for the band '\(code)'", at: node?.mark ?? mark,
                               hint: "reports print the advice for the band a cell reaches; add concrete actions")
        }
        return advice
    }
}
