import YAML

/// The unscored context module and the links of its items to reference figures.
extension QuestionnaireDecoder {
    mutating func decodeContext(_ node: Node) -> ContextModule? {
        guard let fields = reader.fields(node, of: .key("context"), required: ["title", "items"], optional: ["answered_by"]) else { return nil }
        let title = reader.localized(fields["title"], Phrase(en: "the context 'title'", nl: "de 'title' van de context"))
        let inherited = decodeModuleFact(fields, what: .key("context"))
        var items: [ContextItem] = []
        for entry in reader.list(fields["items"], Phrase(en: "the context 'items'", nl: "de 'items' van de context")) ?? [] {
            if let (item, _) = decodeContextItem(entry, inherited: inherited) { items.append(item) }
        }
        guard let title else { return nil }
        return ContextModule(title: title, items: items)
    }

    /// A context question, or the question part of a knowledge item (`extraKeys` are its own keys,
    /// left in the returned fields for the caller).
    mutating func decodeContextItem(_ node: Node, inherited: FactRole?, extraKeys: [String] = []) -> (ContextItem, Fields)? {
        guard let fields = reader.fields(
            node, of: Phrase(en: "a context item", nl: "een contextvraag"), required: ["id", "type", "text"],
            optional: ["help", "options", "missing", "benchmark", "show_if", "min", "max", "integer", "unit", "max_length", "cell_fact",
                       "answered_by", "evidence", "others", "continues", "about"] + extraKeys),
            let id = itemID(fields, Phrase(en: "the context item 'id'", nl: "de 'id' van de contextvraag"))
        else { return nil }
        let what = Phrase.named(en: "context item", nl: "contextvraag", id)
        let kindText = reader.text(fields["type"], .key("type", of: what))
        let kind = kindText.flatMap(ContextItem.Kind.init(rawValue:))
        if let kindText, kind == nil {
            let hint = Suggestion.hint(for: kindText, among: ContextItem.Kind.allCases.map(\.rawValue), plural: Phrase(en: "types", nl: "types"))
            reader.log.error(Phrase(en: "\(what.en) has the unknown type '\(kindText)'; \(hint.en)",
                                    nl: "\(what.nl) heeft het onbekende type '\(kindText)'; \(hint.nl)"), at: fields["type"]!.mark)
        }
        let text = reader.localized(fields["text"], .part(en: "text", nl: "tekst", of: what))
        let help = reader.localized(fields["help"], .part(en: "help", nl: "uitleg", of: what))
        let showIf = fields["show_if"].flatMap { conditions.decode($0, owner: id, reader: &reader) }
        if let kind { rejectKeys(notApplyingTo: kind, fields, what) }

        var choices: [ContextItem.Choice] = []
        if let kind, kind == .single || kind == .multiple {
            if fields["options"] == nil {
                reader.log.error(Phrase(en: "\(what.en) is a '\(kind.rawValue)' question and needs 'options'",
                                        nl: "\(what.nl) is een '\(kind.rawValue)'-vraag en heeft 'options' nodig"), at: node.mark)
            }
            var seen: [String: Mark] = [:]
            let list = reader.list(fields["options"], .key("options", of: what)) ?? []
            if list.count == 1 {
                reader.log.error(Phrase(en: "\(what.en) has one option; a choice needs at least two",
                                        nl: "\(what.nl) heeft één optie; een keuze heeft er minstens twee nodig"), at: fields["options"]!.mark)
            }
            let option = Phrase(en: "an option of \(what.en)", nl: "een optie van \(what.nl)")
            for entry in list {
                guard let optionFields = reader.fields(entry, of: option, required: ["code", "label"], optional: ["exclusive"]),
                      let code = reader.identifier(optionFields["code"], .key("code", of: option)) else { continue }
                reader.unique(code, at: optionFields["code"]!.mark, in: &seen, Phrase(en: "option code", nl: "optiecode"))
                // Kept with a broken label (reported), like scale options.
                let label = reader.localized(optionFields["label"], Phrase(en: "the label of '\(code)' in \(what.en)", nl: "het label van '\(code)' in \(what.nl)"))
                let exclusive = optionFields["exclusive"].map { reader.boolean($0, .key("exclusive", of: .named(en: "option", nl: "optie", code))) } ?? false
                if exclusive == true, kind == .single, let mark = optionFields["exclusive"]?.mark {
                    reader.log.error(Phrase(en: "'exclusive' of option '\(code)' only applies to 'multiple' questions; in a 'single' question every option excludes the others",
                                            nl: "'exclusive' van optie '\(code)' geldt alleen voor 'multiple'-vragen; bij een 'single'-vraag sluit elke optie de andere al uit"),
                                     at: mark)
                }
                choices.append(.init(code: code, label: label ?? LocalizedText([:]), exclusive: exclusive ?? false))
            }
        }
        let missing = decodeMissing(fields["missing"], owner: what, taken: choices.map(\.code))
        let minimum = reader.number(fields["min"], .key("min", of: what))
        let maximum = reader.number(fields["max"], .key("max", of: what))
        if let minimum, let maximum, minimum > maximum {
            reader.log.error(Phrase(en: "'min' of \(what.en) is above its 'max'", nl: "'min' van \(what.nl) is groter dan 'max'"), at: fields["min"]!.mark)
        }
        let integer = fields["integer"].map { reader.boolean($0, .key("integer", of: what)) } ?? false
        if integer == true {
            for (key, bound) in [("min", minimum), ("max", maximum)] {
                if let bound, bound != bound.rounded(), let mark = fields[key]?.mark {
                    let shown = NumberText.format(bound)
                    reader.log.error(Phrase(en: "'\(key)' of \(what.en) is \(shown), but the item asks for a whole number",
                                            nl: "'\(key)' van \(what.nl) is \(shown), maar de vraag verwacht een geheel getal"), at: mark)
                }
            }
        }
        let unit = reader.localized(fields["unit"], .key("unit", of: what))
        let maxLength = fields["max_length"].map { reader.integer($0, .key("max_length", of: what)) } ?? 1000
        if let maxLength, maxLength < 1, let mark = fields["max_length"]?.mark {
            reader.log.error(Phrase(en: "'max_length' of \(what.en) must be at least 1", nl: "'max_length' van \(what.nl) moet minstens 1 zijn"), at: mark)
        }
        let benchmark = fields["benchmark"].flatMap { checkBenchmark($0, item: id, kind: kind, options: choices.map(\.code)) }
        let cellFact = kind == .single ? fields["cell_fact"].flatMap { decodeCellFact($0, item: id, options: choices.map(\.code)) } : nil

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
        let fact = decodeFact(fields, what: what, inherited: inherited)
        let continues = fields["continues"].flatMap { decodeContinuedID($0, what: what, kind: .item) }
        let aboutRespondent = fields["about"].map { decodeAbout($0, what: what, fact: fact, cellFact: kind == .single ? fields["cell_fact"] : nil) } ?? false
        guard let kind, let text, let integer, let maxLength else { return nil }
        let item = ContextItem(
            id: id, kind: kind, text: text, help: help, options: choices, missing: missing, benchmark: benchmark,
            showIf: showIf, minimum: minimum, maximum: maximum, integer: integer, unit: unit, maxLength: maxLength, cellFact: cellFact,
            fact: fact, continues: continues, aboutRespondent: aboutRespondent)
        return (item, fields)
    }

    /// `about: respondent | cell`: whom the answer describes. A question about the person
    /// answering cannot also be a fact about the cell (`answered_by`, `cell_fact`).
    private mutating func decodeAbout(_ node: Node, what: Phrase, fact: FactRole?, cellFact: Node?) -> Bool {
        formatTwoKeys.append(("about", node.mark))
        guard let text = reader.text(node, .key("about", of: what)) else { return false }
        guard ["respondent", "cell"].contains(text) else {
            let hint = Suggestion.hint(for: text, among: ["respondent", "cell"], plural: Phrase(en: "values", nl: "waarden"))
            reader.log.error(Phrase(en: "'about' of \(what.en) is '\(text)'; \(hint.en)",
                                    nl: "'about' van \(what.nl) is '\(text)'; \(hint.nl)"), at: node.mark,
                             hint: Phrase(en: "'about: respondent' marks a question each member answers about themselves; 'cell' (the default) one about the cell",
                                          nl: "'about: respondent' duidt een vraag aan die elk lid over zichzelf beantwoordt; 'cell' (de standaard) een vraag over de cel"))
            return false
        }
        guard text == "respondent" else { return false }
        let conflicting = [fact.map { _ in "answered_by" }, cellFact.map { _ in "cell_fact" }].compactMap { $0 }
        for key in conflicting {
            reader.log.error(Phrase(en: "\(what.en) says 'about: respondent', but '\(key)' makes it a fact about the cell",
                                    nl: "\(what.nl) zegt 'about: respondent', maar '\(key)' maakt er een feit over de cel van"), at: node.mark,
                             hint: Phrase(en: "remove 'about: respondent', or '\(key)' (on a module, 'answered_by' holds for all its items)",
                                          nl: "verwijder 'about: respondent' of '\(key)' (op een module geldt 'answered_by' voor al haar items)"))
        }
        return conflicting.isEmpty
    }

    private mutating func rejectKeys(notApplyingTo kind: ContextItem.Kind, _ fields: Fields, _ what: Phrase) {
        let applies: [String: [ContextItem.Kind]] = [
            "options": [.single, .multiple], "benchmark": [.single, .multiple],
            "min": [.number], "max": [.number], "integer": [.number], "unit": [.number], "max_length": [.text], "cell_fact": [.single],
        ]
        for (key, kinds) in applies.sorted(by: { $0.key < $1.key }) where fields.has(key) && !kinds.contains(kind) {
            let names = kinds.map { "'\($0.rawValue)'" }
            reader.log.error(Phrase(en: "'\(key)' does not apply to the '\(kind.rawValue)' \(what.en); it is for \(names.joined(separator: " and ")) questions",
                                    nl: "'\(key)' geldt niet voor de '\(kind.rawValue)'-\(what.nl); het is voor \(names.joined(separator: " en "))-vragen"),
                             at: fields[key]!.mark)
        }
    }

    private mutating func checkBenchmark(_ node: Node, item: String, kind: ContextItem.Kind?, options: [String]) -> FigureReference? {
        let what = Phrase.named(en: "context item", nl: "contextvraag", item)
        guard let text = reader.text(node, .key("benchmark", of: what)) else { return nil }
        // Source ids may contain dots themselves: the longest declared source that prefixes the text wins.
        let declaredSource = declaredBenchmarks.filter { text.hasPrefix($0 + ".") && text.count > $0.count + 1 }.max { $0.count < $1.count }
        let parts = declaredSource.map { [$0, String(text.dropFirst($0.count + 1))] } ?? text.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            reader.log.error(Phrase(en: "'benchmark' of \(what.en) must be SOURCE.FIGURE, such as vvsg-2022.agreement-framework; found '\(text)'",
                                    nl: "'benchmark' van \(what.nl) moet BRON.CIJFER zijn, zoals vvsg-2022.agreement-framework, maar is '\(text)'"),
                             at: node.mark)
            return nil
        }
        let reference = FigureReference(source: parts[0], figure: parts[1])
        usedBenchmarks.insert(reference.source)
        guard declaredBenchmarks.contains(reference.source) else {
            let hint = Suggestion.hint(for: reference.source, among: declaredBenchmarks, plural: Phrase(en: "benchmark sources", nl: "opgegeven bronnen"))
            reader.log.error(Phrase(en: "\(what.en) refers to the undeclared benchmark source '\(reference.source)'; \(hint.en)",
                                    nl: "\(what.nl) verwijst naar de niet-opgegeven bron '\(reference.source)'; \(hint.nl)"), at: node.mark,
                             hint: Phrase(en: "declare it under 'benchmarks' with its file", nl: "geef de bron op onder 'benchmarks', met haar bestand"))
            return nil
        }
        // A source whose file failed has been reported already.
        guard let loaded = figureSets[reference.source] else { return nil }
        guard let figure = loaded.set.figure(reference.figure) else {
            let hint = Suggestion.hint(for: reference.figure, among: loaded.set.figures.map(\.id), plural: Phrase(en: "figures", nl: "cijfers"))
            reader.log.error(Phrase(en: "'\(loaded.file)' has no figure '\(reference.figure)'; \(hint.en)",
                                    nl: "'\(loaded.file)' heeft geen cijfer '\(reference.figure)'; \(hint.nl)"), at: node.mark)
            return nil
        }
        // Only choice items offer options; 'benchmark' on another type, or an unknown type, is reported already.
        guard kind == .single || kind == .multiple else { return reference }
        // Where a category is written in the figure file, so the author can find it there.
        let placeOf = { (category: String) in loaded.categories.mark(figure: figure.id, category: category).map { " (\(loaded.file):\($0))" } ?? "" }
        for value in figure.values where !options.contains(value.category) {
            let place = placeOf(value.category)
            reader.log.error(Phrase(en: "figure '\(reference)' has the category '\(value.category)'\(place), which is not an option of '\(item)'",
                                    nl: "cijfer '\(reference)' heeft de categorie '\(value.category)'\(place), die geen optie van '\(item)' is"),
                             at: node.mark,
                             hint: Phrase(en: "add '\(value.category)' as an option code, or move it to the figure's 'other_values'",
                                          nl: "voeg '\(value.category)' toe als optiecode, of verplaats de categorie naar 'other_values' van het cijfer"))
        }
        for value in figure.otherValues where options.contains(value.category) {
            let place = placeOf(value.category)
            reader.log.error(Phrase(en: "figure '\(reference)' lists '\(value.category)' under 'other_values'\(place), but '\(item)' offers it as an option",
                                    nl: "cijfer '\(reference)' zet '\(value.category)' onder 'other_values'\(place), maar '\(item)' biedt het als optie aan"),
                             at: node.mark,
                             hint: Phrase(en: "move '\(value.category)' to the figure's 'values' so it is shown beside the answer",
                                          nl: "verplaats '\(value.category)' naar 'values' van het cijfer, zodat het naast het antwoord getoond wordt"))
        }
        return reference
    }

    /// `cell_fact:` maps every option to a category an export releases per cell round, and
    /// optionally (`coarse:`) every category to a coarser one used before the fact is removed.
    private mutating func decodeCellFact(_ node: Node, item: String, options: [String]) -> CellFact? {
        let what = Phrase(en: "'cell_fact' of context item '\(item)'", nl: "'cell_fact' van contextvraag '\(item)'")
        guard let fields = reader.fields(node, of: what, required: ["categories"], optional: ["coarse"]),
              let categories = decodeCodeMap(fields["categories"]!, what: .key("categories", of: what), keys: options,
                                             keyKind: Phrase(en: "option", nl: "optie"))
        else { return nil }
        var coarse: [(String, String)] = []
        if let coarseNode = fields["coarse"] {
            guard let map = decodeCodeMap(coarseNode, what: .key("coarse", of: what), keys: categories.map(\.1).uniqued(),
                                          keyKind: Phrase(en: "category", nl: "categorie")) else { return nil }
            coarse = map
        }
        return CellFact(categories: categories.map { (option: $0.0, category: $0.1) }, coarse: coarse.map { (category: $0.0, coarse: $0.1) })
    }

    /// A mapping whose keys must be exactly `keys` (each once) and whose values are codes an export may use.
    private mutating func decodeCodeMap(_ node: Node, what: Phrase, keys: [String], keyKind: Phrase) -> [(String, String)]? {
        guard let pairs = node.mapping else {
            reader.log.error(Phrase(en: "\(what.en) must be a mapping such as '\(keys.first ?? "code"): category'",
                                    nl: "\(what.nl) moet een mapping zijn zoals '\(keys.first ?? "code"): categorie'"), at: node.mark)
            return nil
        }
        var result: [(String, String)] = []
        var seen: [String: Mark] = [:]
        var broken = false
        for pair in pairs {
            let key = pair.key.scalar?.text ?? ""
            guard keys.contains(key) else {
                let hint = Suggestion.hint(for: key, among: keys, plural: Phrase(en: "\(keyKind.en) codes", nl: "\(keyKind.nl)codes"))
                reader.log.error(Phrase(en: "\(what.en) names '\(key)', which is not a known \(keyKind.en) here; \(hint.en)",
                                        nl: "\(what.nl) noemt '\(key)', wat hier geen gekende \(keyKind.nl) is; \(hint.nl)"), at: pair.key.mark)
                broken = true
                continue
            }
            reader.unique(key, at: pair.key.mark, in: &seen, keyKind)
            guard let value = reader.identifier(pair.value, Phrase(en: "the category of '\(key)' in \(what.en)", nl: "de categorie van '\(key)' in \(what.nl)")) else {
                broken = true
                continue
            }
            if CellFact.reservedCategories.contains(value) {
                let reserved = CellFact.reservedCategories.sorted().joined(separator: ", ")
                reader.log.error(Phrase(en: "'\(value)' in \(what.en) is reserved in exports (\(reserved)); choose another category code",
                                        nl: "'\(value)' in \(what.nl) is voorbehouden in exports (\(reserved)); kies een andere categoriecode"),
                                 at: pair.value.mark)
                broken = true
            }
            result.append((key, value))
        }
        let missing = keys.filter { key in !result.contains { $0.0 == key } && seen[key] == nil }
        if !missing.isEmpty, !broken {
            reader.log.error(Phrase(en: "\(what.en) must give every \(keyKind.en) a category; missing: \(missing.joined(separator: ", "))",
                                    nl: "\(what.nl) moet elke \(keyKind.nl) een categorie geven; ontbreekt: \(missing.joined(separator: ", "))"),
                             at: node.mark)
            return nil
        }
        return broken ? nil : result
    }
}
