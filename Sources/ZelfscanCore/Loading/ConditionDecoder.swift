import YAML

/// Reads `show_if` conditions and checks them against the items asked before and the roles.
struct ConditionDecoder {
    static let comparisonKeys = ["equals", "in", "not_in", "answered", "at_least", "at_most"]
    static let formKeys = ["item", "role", "role_group", "all", "any", "not"]

    /// Items asked before the one being read, by id.
    let earlier: [String: AnsweredItem]
    /// Every item of the questionnaire with where it is defined, to tell "later" from "unknown".
    let allItems: [String: Mark]
    /// Items asked before the one being read whose answers cannot be known because their own
    /// definition has an error, already reported; conditions on them are not reported again.
    let unusable: Set<String>
    let roles: [String]
    let roleGroups: [String]

    func decode(_ node: Node, owner: String, reader: inout FieldReader) -> Condition? {
        let what = Phrase(en: "the condition of '\(owner)'", nl: "de voorwaarde van '\(owner)'")
        guard let pairs = node.mapping, !pairs.isEmpty else {
            let found = node.mapping == nil ? node.kindDescription : Phrase(en: "an empty mapping", nl: "een lege mapping")
            reader.log.error(Phrase(en: "\(what.en) must be a mapping such as {item: context.agreement, in: [formal]}, found \(found.en)",
                                    nl: "\(what.nl) moet een mapping zijn zoals {item: context.agreement, in: [formal]}, maar is \(found.nl)"),
                             at: node.mark)
            return nil
        }
        let keys = pairs.compactMap { $0.key.scalar?.text }
        let forms = keys.filter { Self.formKeys.contains($0) }
        guard forms.count == 1, let form = forms.first else {
            if forms.isEmpty {
                let listed = keys.map { "'\($0)'" }
                let hint = keys.first { !Self.comparisonKeys.contains($0) }
                    .map { Suggestion.hint(for: $0, among: Self.formKeys + Self.comparisonKeys, plural: Phrase(en: "condition keys", nl: "voorwaardesleutels")) }
                    ?? Phrase(en: "add 'item: ID' to say whose answer \(listed.joined(separator: " and ")) compares",
                              nl: "voeg 'item: ID' toe om te zeggen met welk antwoord \(listed.joined(separator: " en ")) vergelijkt")
                reader.log.error(Phrase(en: "\(what.en) has no 'item', 'role', 'role_group', 'all', 'any' or 'not'; \(hint.en)",
                                        nl: "\(what.nl) heeft geen 'item', 'role', 'role_group', 'all', 'any' of 'not'; \(hint.nl)"),
                                 at: node.mark)
            } else {
                let listed = forms.map { "'\($0)'" }
                reader.log.error(Phrase(en: "\(what.en) mixes \(listed.joined(separator: " and ")); write one per condition and combine them with 'all' or 'any'",
                                        nl: "\(what.nl) mengt \(listed.joined(separator: " en ")); schrijf er één per voorwaarde en combineer ze met 'all' of 'any'"),
                                 at: node.mark)
            }
            return nil
        }
        switch form {
        case "all", "any":
            guard let fields = reader.fields(node, of: what, required: [form]),
                  let list = reader.list(fields[form], Phrase(en: "'\(form)' in \(what.en)", nl: "'\(form)' in \(what.nl)")) else { return nil }
            let parts = list.map { decode($0, owner: owner, reader: &reader) }
            guard parts.allSatisfy({ $0 != nil }) else { return nil }
            return form == "all" ? .all(parts.compactMap { $0 }) : .any(parts.compactMap { $0 })
        case "not":
            guard let fields = reader.fields(node, of: what, required: ["not"]), let inner = fields["not"] else { return nil }
            return decode(inner, owner: owner, reader: &reader).map { .not($0) }
        case "role", "role_group":
            guard let fields = reader.fields(node, of: what, required: [form]), let value = fields[form] else { return nil }
            let declared = form == "role" ? roles : roleGroups
            let noun = form == "role" ? Phrase(en: "role", nl: "rol") : Phrase(en: "role group", nl: "rolgroep")
            let plural = form == "role" ? Phrase(en: "roles", nl: "rollen") : Phrase(en: "role groups", nl: "rolgroepen")
            let listWhat = Phrase(en: "'\(form)' in \(what.en)", nl: "'\(form)' in \(what.nl)")
            guard let names = value.sequence == nil ? [value] : reader.list(value, listWhat) else { return nil }
            var ids: [String] = []
            for name in names {
                guard let id = reader.identifier(name, Phrase(en: "a \(noun.en) in \(what.en)", nl: "een \(noun.nl) in \(what.nl)")) else { continue }
                if declared.contains(id) {
                    ids.append(id)
                } else {
                    let hint = Suggestion.hint(for: id, among: declared, plural: plural)
                    reader.log.error(Phrase(en: "\(what.en) names the unknown \(noun.en) '\(id)'; \(hint.en)",
                                            nl: "\(what.nl) noemt de onbekende \(noun.nl) '\(id)'; \(hint.nl)"), at: name.mark)
                }
            }
            guard ids.count == names.count, !ids.isEmpty else { return nil }
            return form == "role" ? .role(ids) : .roleGroup(ids)
        default:
            return decodeItemCondition(node, owner: owner, what: what, reader: &reader)
        }
    }

    private func decodeItemCondition(_ node: Node, owner: String, what: Phrase, reader: inout FieldReader) -> Condition? {
        guard let fields = reader.fields(node, of: what, required: ["item"], optional: Self.comparisonKeys),
              let itemNode = fields["item"],
              let itemID = reader.identifier(itemNode, Phrase(en: "'item' in \(what.en)", nl: "'item' in \(what.nl)")) else { return nil }
        guard let item = earlier[itemID] else {
            if unusable.contains(itemID) {
                return nil
            } else if itemID == owner {
                reader.log.error(Phrase(en: "\(what.en) refers to the item itself; a condition may only use answers given earlier",
                                        nl: "\(what.nl) verwijst naar het item zelf; een voorwaarde mag alleen eerder gegeven antwoorden gebruiken"),
                                 at: itemNode.mark)
            } else if let later = allItems[itemID] {
                reader.log.error(Phrase(en: "\(what.en) refers to '\(itemID)', which is asked later (line \(later.line)); a condition may only use answers given earlier",
                                        nl: "\(what.nl) verwijst naar '\(itemID)', dat pas later gevraagd wordt (regel \(later.line)); een voorwaarde mag alleen eerder gegeven antwoorden gebruiken"),
                                 at: itemNode.mark,
                                 hint: Phrase(en: "move the condition to a later item, or move '\(itemID)' before '\(owner)' (context items are asked first)",
                                              nl: "zet de voorwaarde bij een later item, of zet '\(itemID)' vóór '\(owner)' (contextvragen worden eerst gesteld)"))
            } else {
                let hint = Suggestion.hint(for: itemID, among: Array(earlier.keys).sorted(), plural: Phrase(en: "earlier items", nl: "eerdere items"))
                reader.log.error(Phrase(en: "\(what.en) refers to the unknown item '\(itemID)'; \(hint.en)",
                                        nl: "\(what.nl) verwijst naar het onbekende item '\(itemID)'; \(hint.nl)"), at: itemNode.mark)
            }
            return nil
        }
        let comparisons = Self.comparisonKeys.filter { fields.has($0) }
        let isRange = !comparisons.isEmpty && comparisons.allSatisfy { $0 == "at_least" || $0 == "at_most" }
        guard comparisons.count == 1 || isRange else {
            let listed = comparisons.map { "'\($0)'" }
            let message = comparisons.isEmpty
                ? Phrase(en: "\(what.en) says which item but not what to compare; add one of 'equals', 'in', 'not_in', 'answered', 'at_least', 'at_most'",
                         nl: "\(what.nl) zegt welk item, maar niet waarmee te vergelijken; voeg een van 'equals', 'in', 'not_in', 'answered', 'at_least', 'at_most' toe")
                : Phrase(en: "\(what.en) has \(listed.joined(separator: " and ")); use one (only 'at_least' and 'at_most' combine)",
                         nl: "\(what.nl) heeft \(listed.joined(separator: " en ")); gebruik er één (alleen 'at_least' en 'at_most' gaan samen)")
            reader.log.error(message, at: node.mark)
            return nil
        }
        if isRange {
            switch item.shape {
            case .scale, .number:
                return range(fields, item: item, what: what, reader: &reader)
            case .choice, .text:
                reader.log.error(Phrase(en: "\(what.en) uses 'at_least'/'at_most' on '\(itemID)', which has no numeric answer",
                                        nl: "\(what.nl) gebruikt 'at_least'/'at_most' op '\(itemID)', dat geen getal als antwoord heeft"),
                                 at: node.mark)
                return nil
            }
        }
        let key = comparisons[0]
        let valueNode = fields[key]!
        let keyWhat = Phrase(en: "'\(key)' in \(what.en)", nl: "'\(key)' in \(what.nl)")
        switch key {
        case "answered":
            return reader.boolean(valueNode, keyWhat).map { .answered(item: itemID, $0) }
        case "equals":
            return value(valueNode, of: item, what: what, reader: &reader).map { .equals(item: itemID, value: $0) }
        default:
            guard let list = reader.list(valueNode, keyWhat) else { return nil }
            let values = list.map { value($0, of: item, what: what, reader: &reader) }
            guard values.allSatisfy({ $0 != nil }) else { return nil }
            let resolved = values.compactMap { $0 }
            return key == "in" ? .oneOf(item: itemID, values: resolved) : .noneOf(item: itemID, values: resolved)
        }
    }

    private func range(_ fields: Fields, item: AnsweredItem, what: Phrase, reader: inout FieldReader) -> Condition? {
        let low = fields["at_least"].map { reader.number($0, Phrase(en: "'at_least' in \(what.en)", nl: "'at_least' in \(what.nl)")) }
        let high = fields["at_most"].map { reader.number($0, Phrase(en: "'at_most' in \(what.en)", nl: "'at_most' in \(what.nl)")) }
        if case .some(.none) = low { return nil }
        if case .some(.none) = high { return nil }
        let lower = low ?? nil
        let upper = high ?? nil
        let f = NumberText.format
        if let lower, let upper, lower > upper {
            reader.log.error(Phrase(en: "\(what.en) asks for at least \(f(lower)) and at most \(f(upper)), which no answer meets",
                                    nl: "\(what.nl) vraagt minstens \(f(lower)) en hoogstens \(f(upper)), wat geen enkel antwoord haalt"),
                             at: fields.node.mark)
            return nil
        }
        if case .scale(let values) = item.shape, let smallest = values.min(), let largest = values.max() {
            if let lower, lower > largest {
                reader.log.error(Phrase(en: "\(what.en) asks for at least \(f(lower)), but '\(item.id)' goes up to \(f(largest)); the condition can never hold",
                                        nl: "\(what.nl) vraagt minstens \(f(lower)), maar '\(item.id)' gaat maar tot \(f(largest)); de voorwaarde kan nooit gelden"),
                                 at: fields["at_least"]!.mark)
                return nil
            }
            if let upper, upper < smallest {
                reader.log.error(Phrase(en: "\(what.en) asks for at most \(f(upper)), but '\(item.id)' starts at \(f(smallest)); the condition can never hold",
                                        nl: "\(what.nl) vraagt hoogstens \(f(upper)), maar '\(item.id)' begint pas bij \(f(smallest)); de voorwaarde kan nooit gelden"),
                                 at: fields["at_most"]!.mark)
                return nil
            }
        }
        return .range(item: item.id, atLeast: lower, atMost: upper)
    }

    /// A code or number that the referenced item can actually have as its answer.
    private func value(_ node: Node, of item: AnsweredItem, what: Phrase, reader: inout FieldReader) -> ConditionValue? {
        guard let text = reader.text(node, Phrase(en: "a value in \(what.en)", nl: "een waarde in \(what.nl)")) else { return nil }
        if item.missingCodes.contains(text) { return .code(text) }
        switch item.shape {
        case .scale(let values):
            if let number = NumberText.parse(text), values.contains(number) { return .number(number) }
            let valid = (values.map(NumberText.format) + item.missingCodes).joined(separator: ", ")
            reader.log.error(Phrase(en: "\(what.en) compares '\(item.id)' with '\(text)', which is not one of its answers (\(valid))",
                                    nl: "\(what.nl) vergelijkt '\(item.id)' met '\(text)', dat geen van zijn antwoorden is (\(valid))"),
                             at: node.mark)
        case .choice(let codes):
            if codes.contains(text) { return .code(text) }
            let hint = Suggestion.hint(for: text, among: codes + item.missingCodes, plural: Phrase(en: "option codes", nl: "optiecodes"))
            reader.log.error(Phrase(en: "\(what.en) compares '\(item.id)' with '\(text)', which is not one of its options; \(hint.en)",
                                    nl: "\(what.nl) vergelijkt '\(item.id)' met '\(text)', dat geen van zijn opties is; \(hint.nl)"),
                             at: node.mark)
        case .number:
            if let number = NumberText.parse(text) { return .number(number) }
            reader.log.error(Phrase(en: "\(what.en) compares the number item '\(item.id)' with '\(text)', which is not a number",
                                    nl: "\(what.nl) vergelijkt het getalitem '\(item.id)' met '\(text)', dat geen getal is"),
                             at: node.mark)
        case .text:
            reader.log.error(Phrase(en: "\(what.en) compares the free-text item '\(item.id)' with a value; only 'answered' can be used on free text",
                                    nl: "\(what.nl) vergelijkt het vrije-tekstitem '\(item.id)' met een waarde; op vrije tekst kan alleen 'answered'"),
                             at: node.mark)
        }
        return nil
    }
}
