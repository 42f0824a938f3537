import YAML

/// The scored dimensions, their items and their advice.
extension QuestionnaireDecoder {
    /// Every item id with its place, so conditions can tell an item asked later from a typo.
    mutating func collectItemIDs(_ fields: Fields) {
        let contextItems = (fields["context"]?["items"]?.sequence ?? []) + (fields["knowledge"]?["items"]?.sequence ?? [])
        let dimensionItems = (fields["dimensions"]?.sequence ?? []).flatMap { $0["items"]?.sequence ?? [] }
        for item in contextItems + dimensionItems {
            if let idNode = item["id"], let id = idNode.scalar?.text, allItems[id] == nil {
                allItems[id] = idNode.mark
            }
        }
    }

    var conditions: ConditionDecoder {
        ConditionDecoder(earlier: earlier, allItems: allItems, unusable: unusable, roles: roleIDs, roleGroups: roleGroupIDs)
    }

    mutating func itemID(_ fields: Fields, _ what: Phrase) -> String? {
        guard let id = reader.identifier(fields["id"], what) else { return nil }
        reader.unique(id, at: fields["id"]!.mark, in: &itemMarks, Phrase(en: "item id", nl: "item-id"))
        return id
    }

    mutating func decodeDimension(_ node: Node, seen: inout [String: Mark]) -> Dimension? {
        guard let fields = reader.fields(
            node, of: Phrase(en: "a dimension", nl: "een dimensie"), required: ["id", "title", "items"],
            optional: ["description", "min_coverage", "advice", "local", "continues", "overall", "asked_of"]),
            let id = reader.identifier(fields["id"], Phrase(en: "the dimension 'id'", nl: "de 'id' van de dimensie"))
        else { return nil }
        reader.unique(id, at: fields["id"]!.mark, in: &seen, Phrase(en: "dimension id", nl: "dimensie-id"))
        let what = Phrase.named(en: "dimension", nl: "dimensie", id)
        let title = reader.localized(fields["title"], .part(en: "title", nl: "titel", of: what))
        let description = reader.localized(fields["description"], .part(en: "description", nl: "beschrijving", of: what))
        let coverage = fields["min_coverage"].map { reader.number($0, .key("min_coverage", of: what)) } ?? 0.6
        if let coverage, coverage <= 0 || coverage > 1 {
            let shown = NumberText.format(coverage)
            reader.log.error(Phrase(en: "'min_coverage' of \(what.en) is \(shown); it must be above 0 and at most 1",
                                    nl: "'min_coverage' van \(what.nl) is \(shown); het moet groter zijn dan 0 en hoogstens 1"),
                             at: fields["min_coverage"]!.mark,
                             hint: Phrase(en: "0.6 means a score needs answers on 60% of the item weight shown",
                                          nl: "0.6 betekent dat een score antwoorden nodig heeft op 60% van het getoonde itemgewicht"))
        }
        var items: [Item] = []
        for entry in reader.list(fields["items"], .key("items", of: what)) ?? [] {
            if let item = decodeItem(entry) { items.append(item) }
        }
        let advice = decodeAdvice(fields["advice"], what: what, mark: node.mark)
        let local = fields["local"].map { node -> Bool? in
            formatTwoKeys.append(("local", node.mark))
            return reader.boolean(node, .key("local", of: what))
        } ?? false
        let continues = fields["continues"].flatMap { decodeContinuedID($0, what: what, kind: .dimension) }
        if local == true, let continues, let mark = fields["continues"]?.mark {
            reader.log.error(Phrase(en: "\(what.en) is local and continues '\(continues)'; a local module stays outside the comparison, so it continues nothing",
                                    nl: "\(what.nl) is lokaal en zet '\(continues)' voort; een lokale module blijft buiten de vergelijking en zet dus niets voort"),
                             at: mark)
        }
        let inOverall = fields["overall"].map { node -> Bool? in
            formatTwoKeys.append(("overall", node.mark))
            return reader.boolean(node, .key("overall", of: what))
        } ?? true
        let askedOf = fields["asked_of"].flatMap { node -> LocalizedText? in
            formatTwoKeys.append(("asked_of", node.mark))
            return reader.localized(node, .key("asked_of", of: what))
        }
        checkOverall(what: what, fields: fields, items: items, local: local, inOverall: inOverall, mark: node.mark)
        guard let title, let coverage, let local, let inOverall else { return nil }
        var dimension = Dimension(id: id, title: title, description: description, minCoverage: coverage, items: items, advice: advice,
                                  local: local, continues: continues)
        dimension.inOverall = inOverall
        dimension.askedOf = askedOf
        return dimension
    }

    /// A dimension that only some members are shown makes the overall score depend on how many
    /// were: with fewer than the minimum it has no cell score, and so neither has the overall.
    /// Said to format 2 files only: a format 1 file cannot act on it without a new format, and its
    /// scoring stays as it was.
    private mutating func checkOverall(what: Phrase, fields: Fields, items: [Item], local: Bool?, inOverall: Bool?, mark: Mark) {
        if local == true, inOverall == false, let node = fields["overall"] {
            reader.log.warning(Phrase(en: "\(what.en) is local and says 'overall: false'; a local module is outside the overall score already",
                                      nl: "\(what.nl) is lokaal en zegt 'overall: false'; een lokale module telt al niet mee in de totaalscore"),
                               at: node.mark, hint: Phrase(en: "remove 'overall: false'", nl: "verwijder 'overall: false'"))
        }
        let conditional = !items.isEmpty && items.allSatisfy { $0.showIf != nil }
        guard conditional, local == false, inOverall == true, let format = declaredFormat, format >= 2 else { return }
        reader.log.warning(Phrase(en: "every item of \(what.en) has a 'show_if', yet it counts in the overall score: a cell where fewer than \(ScoringRules.minimumCellRespondents) members are shown it gets no overall score",
                                  nl: "elk item van \(what.nl) heeft een 'show_if', maar de dimensie telt mee in de totaalscore: een cel waar minder dan \(ScoringRules.minimumCellRespondents) leden ze te zien krijgen, krijgt geen totaalscore"),
                           at: fields["overall"]?.mark ?? mark,
                           hint: Phrase(en: "add 'overall: false' to score it on its own, outside the overall score, and 'asked_of' to say whom it is asked of",
                                        nl: "voeg 'overall: false' toe om de dimensie apart te scoren, buiten de totaalscore, en 'asked_of' om te zeggen aan wie ze gevraagd wordt"))
    }

    private mutating func decodeItem(_ node: Node) -> Item? {
        guard let fields = reader.fields(
            node, of: Phrase(en: "an item", nl: "een item"), required: ["id", "text", "scale"],
            optional: ["help", "reverse", "weight", "show_if", "advice", "continues", "answered_by"]),
            let id = itemID(fields, Phrase(en: "the item 'id'", nl: "de 'id' van het item"))
        else { return nil }
        let what = Phrase.named(en: "item", nl: "item", id)
        let text = reader.localized(fields["text"], .part(en: "text", nl: "tekst", of: what))
        let help = reader.localized(fields["help"], .part(en: "help", nl: "uitleg", of: what))
        let reverse = fields["reverse"].map { reader.boolean($0, .key("reverse", of: what)) } ?? false
        let weight = fields["weight"].map { reader.number($0, .key("weight", of: what)) } ?? 1
        if let weight, weight <= 0 {
            let shown = NumberText.format(weight)
            reader.log.error(Phrase(en: "'weight' of \(what.en) is \(shown); weights must be greater than 0",
                                    nl: "'weight' van \(what.nl) is \(shown); gewichten moeten groter zijn dan 0"), at: fields["weight"]!.mark,
                             hint: Phrase(en: "to leave an item out of the score, move it to the context module",
                                          nl: "om een item buiten de score te houden, verplaatst u het naar de contextmodule"))
        }
        let showIf = fields["show_if"].flatMap { conditions.decode($0, owner: id, reader: &reader) }
        var scale: Scale?
        if let scaleNode = fields["scale"], let scaleID = reader.identifier(scaleNode, .part(en: "scale", nl: "schaal", of: what)) {
            scale = scales.first { $0.id == scaleID }
            if scale == nil {
                let names = scales.map(\.id).joined(separator: ", ")
                let match = Suggestion.closest(to: scaleID, among: scales.map(\.id))
                let guessEN = match.map { "did you mean '\($0)'? " } ?? ""
                let guessNL = match.map { "bedoelt u '\($0)'? " } ?? ""
                reader.log.error(Phrase(en: "\(what.en) uses the unknown scale '\(scaleID)'; \(guessEN)the scales are: \(names)",
                                        nl: "\(what.nl) gebruikt de onbekende schaal '\(scaleID)'; \(guessNL)de schalen zijn: \(names)"),
                                 at: scaleNode.mark)
            }
        }
        if let scale {
            earlier[id] = AnsweredItem(id: id, shape: .scale(values: scale.options.map(\.value)), missingCodes: scale.missing.map(\.code))
        } else {
            unusable.insert(id)
        }
        let advice = decodeItemAdvice(fields["advice"], what: what)
        let continues = fields["continues"].flatMap { decodeContinuedID($0, what: what, kind: .item) }
        if let answeredBy = fields["answered_by"] {
            reader.log.error(Phrase(en: "\(what.en) is a scored statement and cannot be 'answered_by' one role: facts never enter a score",
                                    nl: "\(what.nl) is een gescoorde uitspraak en kan niet 'answered_by' één rol hebben: feiten komen nooit in een score"),
                             at: answeredBy.mark,
                             hint: Phrase(en: "move the fact to the context module, where 'answered_by' asks it once",
                                          nl: "verplaats het feit naar de contextmodule, waar 'answered_by' het één keer vraagt"))
        }
        guard let text, let reverse, let weight, let scale else { return nil }
        return Item(id: id, text: text, help: help, scale: scale.id, reverse: reverse, weight: weight, showIf: showIf, advice: advice,
                    continues: continues)
    }

    /// `advice:` on an item: a list of actions, each a text per language.
    private mutating func decodeItemAdvice(_ node: Node?, what: Phrase) -> [LocalizedText] {
        guard let node else { return [] }
        formatTwoKeys.append(("advice", node.mark))
        if node.mapping != nil {
            reader.log.error(Phrase(en: "'advice' of \(what.en) must be a list of actions such as '- {nl: \"…\", en: \"…\"}', found a mapping",
                                    nl: "'advice' van \(what.nl) moet een lijst van acties zijn, zoals '- {nl: \"…\", en: \"…\"}', maar is een mapping"),
                             at: node.mark,
                             hint: Phrase(en: "advice per band belongs to the dimension; on an item, list the actions that fit this statement",
                                          nl: "advies per band hoort bij de dimensie; geef bij een item de acties die bij deze uitspraak passen"))
            return []
        }
        let list = Phrase.key("advice", of: what)
        return (reader.list(node, list) ?? [])
            .compactMap { reader.localized($0, Phrase(en: "an action in \(list.en)", nl: "een actie in \(list.nl)")) }
    }

    private mutating func decodeAdvice(_ node: Node?, what: Phrase, mark: Mark) -> [String: [LocalizedText]] {
        var advice: [String: [LocalizedText]] = [:]
        if let node {
            if let pairs = node.mapping {
                for pair in pairs {
                    guard let code = reader.identifier(pair.key, Phrase(en: "a band code in the advice of \(what.en)", nl: "een bandcode in het advies van \(what.nl)"))
                    else { continue }
                    guard bandCodes.contains(code) else {
                        let hint = Suggestion.hint(for: code, among: bandCodes, plural: Phrase(en: "band codes", nl: "bandcodes"))
                        reader.log.error(Phrase(en: "the advice of \(what.en) is keyed by '\(code)', which is not a band code; \(hint.en)",
                                                nl: "het advies van \(what.nl) gebruikt de sleutel '\(code)', die geen bandcode is; \(hint.nl)"),
                                         at: pair.key.mark)
                        continue
                    }
                    let list = Phrase(en: "the '\(code)' advice of \(what.en)", nl: "het '\(code)'-advies van \(what.nl)")
                    let actions = (reader.list(pair.value, list) ?? [])
                        .compactMap { reader.localized($0, Phrase(en: "an action in \(list.en)", nl: "een actie in \(list.nl)")) }
                    advice[code] = actions
                }
            } else {
                reader.log.error(Phrase(en: "'advice' of \(what.en) must map band codes to lists of actions, found \(node.kindDescription.en)",
                                        nl: "'advice' van \(what.nl) moet bandcodes aan lijsten van acties koppelen, maar is \(node.kindDescription.nl)"),
                                 at: node.mark)
            }
        }
        for code in bandCodes where advice[code] == nil {
            reader.log.warning(Phrase(en: "\(what.en) has no advice for the band '\(code)'", nl: "\(what.nl) heeft geen advies voor de band '\(code)'"),
                               at: node?.mark ?? mark,
                               hint: Phrase(en: "reports print the advice for the band a dimension reaches; add concrete actions",
                                            nl: "rapporten tonen het advies voor de band die een dimensie haalt; voeg concrete acties toe"))
        }
        return advice
    }
}
