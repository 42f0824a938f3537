import YAML

extension ResponseDecoder {
    /// Every answer checked against its item: a value of its scale, an option code, a number in
    /// range, or one of its "don't know" codes.
    mutating func decodeAnswers(_ node: Node?) -> [String: Answer]? {
        guard let node else { return nil }
        guard let pairs = node.mapping else {
            if node.scalar?.text == "" || node.scalar?.text == "~" || node.scalar?.text == "null" { return [:] }
            reader.log.error(Phrase(en: "'answers' must be a mapping of item ids to answers (such as 'trust.safe-to-share: 4'), found \(node.kindDescription.en)",
                                    nl: "'answers' moet een mapping van item-id's naar antwoorden zijn (zoals 'trust.safe-to-share: 4'), maar is \(node.kindDescription.nl)"),
                             at: node.mark)
            return nil
        }
        // The YAML layer already refuses a key written twice, so an item cannot be answered twice.
        var answers: [String: Answer] = [:]
        answers.reserveCapacity(pairs.count)
        var valid = true
        for pair in pairs {
            let id = pair.key.scalar?.text ?? ""
            guard let position = questionnaire.index.positions[id] else {
                unknownItem(id, at: pair.key.mark)
                valid = false
                continue
            }
            if let rule = questionnaire.index.scoredRules[position], let answer = scaleAnswer(pair.value, rule: rule) {
                answers[id] = answer
            } else if let answer = decodeAnswer(pair.value, for: questionnaire.index.items[position]) {
                answers[id] = answer
            } else {
                valid = false
            }
        }
        return valid ? answers : nil
    }

    /// A valid answer to a scored item, by its slim rule; nil sends the answer through the full
    /// check below, which says what is wrong.
    private func scaleAnswer(_ node: Node, rule: ScoredItemRule) -> Answer? {
        guard let scalar = node.scalar else { return nil }
        if rule.missing.contains(scalar.text) { return .missing(scalar.text) }
        guard !scalar.isQuoted, let value = NumberText.parse(scalar.text), rule.values.contains(value) else { return nil }
        return .scale(value)
    }

    private mutating func decodeAnswer(_ node: Node, for item: AskedItem) -> Answer? {
        if let scalar = node.scalar, item.missing.contains(where: { $0.code == scalar.text }) { return .missing(scalar.text) }
        let missingCodes = item.missing.map(\.code)
        switch item {
        case .scored(let scored, let scale, _):
            if let scalar = node.scalar, !scalar.isQuoted, let value = NumberText.parse(scalar.text),
               scale.options.contains(where: { $0.value == value }) {
                return .scale(value)
            }
            return invalid(node, item: scored.id, expected: scale.options.map { NumberText.format($0.value) } + missingCodes)
        case .context(let context):
            switch context.kind {
            case .single:
                let codes = context.options.map(\.code)
                if let code = node.scalar?.text, codes.contains(code) { return .choice(code) }
                return invalid(node, item: context.id, expected: codes + missingCodes)
            case .multiple:
                return decodeChoices(node, item: context, missingCodes: missingCodes)
            case .number:
                return decodeNumber(node, item: context, missingCodes: missingCodes)
            case .text:
                guard let text = node.scalar?.text else {
                    return invalid(node, item: context.id, expected: [])
                }
                if text.count > context.maxLength {
                    reader.log.error(Phrase(en: "the answer to '\(context.id)' has \(text.count) characters; at most \(context.maxLength) are allowed",
                                            nl: "het antwoord op '\(context.id)' telt \(text.count) tekens; er zijn er hoogstens \(context.maxLength) toegestaan"),
                                     at: node.mark)
                    return nil
                }
                return .text(text)
            }
        }
    }

    private mutating func decodeChoices(_ node: Node, item: ContextItem, missingCodes: [String]) -> Answer? {
        let codes = item.options.map(\.code)
        let entries = node.sequence ?? (node.scalar.map { _ in [node] } ?? [])
        guard !entries.isEmpty else { return invalid(node, item: item.id, expected: codes + missingCodes) }
        var chosen: [String] = []
        for entry in entries {
            guard let code = entry.scalar?.text, codes.contains(code) else {
                return invalid(entry, item: item.id, expected: codes)
            }
            if chosen.contains(code) {
                reader.log.error(Phrase(en: "'\(code)' is chosen twice in the answer to '\(item.id)'",
                                        nl: "'\(code)' is twee keer gekozen in het antwoord op '\(item.id)'"), at: entry.mark)
                return nil
            }
            chosen.append(code)
        }
        if chosen.count > 1, let exclusive = item.options.first(where: { $0.exclusive && chosen.contains($0.code) }) {
            reader.log.error(Phrase(en: "'\(exclusive.code)' cannot be combined with other answers to '\(item.id)'",
                                    nl: "'\(exclusive.code)' kan niet samen met andere antwoorden op '\(item.id)' gekozen worden"),
                             at: node.mark, hint: Phrase(en: "keep either '\(exclusive.code)' or the others", nl: "houd ofwel '\(exclusive.code)' ofwel de andere"))
            return nil
        }
        return .choices(chosen)
    }

    private mutating func decodeNumber(_ node: Node, item: ContextItem, missingCodes: [String]) -> Answer? {
        guard let scalar = node.scalar, !scalar.isQuoted, let value = NumberText.parse(scalar.text) else {
            return invalid(node, item: item.id, expected: ["a number / een getal"] + missingCodes)
        }
        let low = item.minimum.map(NumberText.format) ?? "…"
        let high = item.maximum.map(NumberText.format) ?? "…"
        if item.minimum.map({ value < $0 }) == true || item.maximum.map({ value > $0 }) == true {
            reader.log.error(Phrase(en: "the answer to '\(item.id)' must lie between \(low) and \(high), found \(scalar.text)",
                                    nl: "het antwoord op '\(item.id)' moet tussen \(low) en \(high) liggen, maar is \(scalar.text)"), at: node.mark)
            return nil
        }
        if item.integer, value != value.rounded() {
            reader.log.error(Phrase(en: "the answer to '\(item.id)' must be a whole number, found \(scalar.text)",
                                    nl: "het antwoord op '\(item.id)' moet een geheel getal zijn, maar is \(scalar.text)"), at: node.mark)
            return nil
        }
        return .number(value)
    }

    private mutating func invalid(_ node: Node, item: String, expected: [String]) -> Answer? {
        let found = node.scalar.map { "'\($0.text)'" }
        let list = expected.joined(separator: ", ")
        reader.log.error(Phrase(en: "invalid answer to '\(item)': \(found ?? node.kindDescription.en)",
                                nl: "ongeldig antwoord op '\(item)': \(found ?? node.kindDescription.nl)"),
                         at: node.mark,
                         hint: expected.isEmpty ? Phrase(en: "write a text", nl: "schrijf een tekst")
                             : Phrase(en: "valid answers: \(list)", nl: "geldige antwoorden: \(list)"))
        return nil
    }
}
