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
        let what = "the condition of '\(owner)'"
        guard let pairs = node.mapping, !pairs.isEmpty else {
            let found = node.mapping == nil ? node.kindDescription : "an empty mapping"
            reader.log.error("\(what) must be a mapping such as {item: context.agreement, in: [formal]}, found \(found)", at: node.mark)
            return nil
        }
        let keys = pairs.compactMap { $0.key.scalar?.text }
        let forms = keys.filter { Self.formKeys.contains($0) }
        guard forms.count == 1, let form = forms.first else {
            if forms.isEmpty {
                let hint = keys.first { !Self.comparisonKeys.contains($0) }
                    .map { Suggestion.hint(for: $0, among: Self.formKeys + Self.comparisonKeys, noun: "condition key") }
                    ?? "add 'item: ID' to say whose answer \(keys.map { "'\($0)'" }.joined(separator: " and ")) compares"
                reader.log.error("\(what) has no 'item', 'role', 'role_group', 'all', 'any' or 'not'; \(hint)", at: node.mark)
            } else {
                reader.log.error("\(what) mixes \(forms.map { "'\($0)'" }.joined(separator: " and ")); write one per condition and combine them with 'all' or 'any'", at: node.mark)
            }
            return nil
        }
        switch form {
        case "all", "any":
            guard let fields = reader.fields(node, of: what, required: [form]),
                  let list = reader.list(fields[form], "'\(form)' in \(what)") else { return nil }
            let parts = list.map { decode($0, owner: owner, reader: &reader) }
            guard parts.allSatisfy({ $0 != nil }) else { return nil }
            return form == "all" ? .all(parts.compactMap { $0 }) : .any(parts.compactMap { $0 })
        case "not":
            guard let fields = reader.fields(node, of: what, required: ["not"]), let inner = fields["not"] else { return nil }
            return decode(inner, owner: owner, reader: &reader).map { .not($0) }
        case "role", "role_group":
            guard let fields = reader.fields(node, of: what, required: [form]), let value = fields[form] else { return nil }
            let declared = form == "role" ? roles : roleGroups
            let noun = form == "role" ? "role" : "role group"
            guard let names = value.sequence == nil ? [value] : reader.list(value, "'\(form)' in \(what)") else { return nil }
            var ids: [String] = []
            for name in names {
                guard let id = reader.identifier(name, "a \(noun) in \(what)") else { continue }
                if declared.contains(id) {
                    ids.append(id)
                } else {
                    reader.log.error("\(what) names the unknown \(noun) '\(id)'; \(Suggestion.hint(for: id, among: declared, noun: noun))", at: name.mark)
                }
            }
            guard ids.count == names.count, !ids.isEmpty else { return nil }
            return form == "role" ? .role(ids) : .roleGroup(ids)
        default:
            return decodeItemCondition(node, owner: owner, what: what, reader: &reader)
        }
    }

    private func decodeItemCondition(_ node: Node, owner: String, what: String, reader: inout FieldReader) -> Condition? {
        guard let fields = reader.fields(node, of: what, required: ["item"], optional: Self.comparisonKeys),
              let itemNode = fields["item"],
              let itemID = reader.identifier(itemNode, "'item' in \(what)") else { return nil }
        guard let item = earlier[itemID] else {
            if unusable.contains(itemID) {
                return nil
            } else if itemID == owner {
                reader.log.error("\(what) refers to the item itself; a condition may only use answers given earlier", at: itemNode.mark)
            } else if let later = allItems[itemID] {
                reader.log.error("\(what) refers to '\(itemID)', which is asked later (line \(later.line)); a condition may only use answers given earlier", at: itemNode.mark,
                                 hint: "move the condition to a later item, or move '\(itemID)' before '\(owner)' (context items are asked first)")
            } else {
                let hint = Suggestion.hint(for: itemID, among: Array(earlier.keys).sorted(), noun: "earlier item")
                reader.log.error("\(what) refers to the unknown item '\(itemID)'; \(hint)", at: itemNode.mark)
            }
            return nil
        }
        let comparisons = Self.comparisonKeys.filter { fields.has($0) }
        let isRange = !comparisons.isEmpty && comparisons.allSatisfy { $0 == "at_least" || $0 == "at_most" }
        guard comparisons.count == 1 || isRange else {
            let message = comparisons.isEmpty
                ? "\(what) says which item but not what to compare; add one of 'equals', 'in', 'not_in', 'answered', 'at_least', 'at_most'"
                : "\(what) has \(comparisons.map { "'\($0)'" }.joined(separator: " and ")); use one (only 'at_least' and 'at_most' combine)"
            reader.log.error(message, at: node.mark)
            return nil
        }
        if isRange {
            switch item.shape {
            case .scale, .number:
                return range(fields, item: item, what: what, reader: &reader)
            case .choice, .text:
                reader.log.error("\(what) uses 'at_least'/'at_most' on '\(itemID)', which has no numeric answer", at: node.mark)
                return nil
            }
        }
        let key = comparisons[0]
        let valueNode = fields[key]!
        switch key {
        case "answered":
            return reader.boolean(valueNode, "'answered' in \(what)").map { .answered(item: itemID, $0) }
        case "equals":
            return value(valueNode, of: item, what: what, reader: &reader).map { .equals(item: itemID, value: $0) }
        default:
            guard let list = reader.list(valueNode, "'\(key)' in \(what)") else { return nil }
            let values = list.map { value($0, of: item, what: what, reader: &reader) }
            guard values.allSatisfy({ $0 != nil }) else { return nil }
            let resolved = values.compactMap { $0 }
            return key == "in" ? .oneOf(item: itemID, values: resolved) : .noneOf(item: itemID, values: resolved)
        }
    }

    private func range(_ fields: Fields, item: AnsweredItem, what: String, reader: inout FieldReader) -> Condition? {
        let low = fields["at_least"].map { reader.number($0, "'at_least' in \(what)") }
        let high = fields["at_most"].map { reader.number($0, "'at_most' in \(what)") }
        if case .some(.none) = low { return nil }
        if case .some(.none) = high { return nil }
        let lower = low ?? nil
        let upper = high ?? nil
        if let lower, let upper, lower > upper {
            reader.log.error("\(what) asks for at least \(NumberText.format(lower)) and at most \(NumberText.format(upper)), which no answer meets", at: fields.node.mark)
            return nil
        }
        if case .scale(let values) = item.shape, let smallest = values.min(), let largest = values.max() {
            if let lower, lower > largest {
                reader.log.error("\(what) asks for at least \(NumberText.format(lower)), but '\(item.id)' goes up to \(NumberText.format(largest)); the condition can never hold", at: fields["at_least"]!.mark)
                return nil
            }
            if let upper, upper < smallest {
                reader.log.error("\(what) asks for at most \(NumberText.format(upper)), but '\(item.id)' starts at \(NumberText.format(smallest)); the condition can never hold", at: fields["at_most"]!.mark)
                return nil
            }
        }
        return .range(item: item.id, atLeast: lower, atMost: upper)
    }

    /// A code or number that the referenced item can actually have as its answer.
    private func value(_ node: Node, of item: AnsweredItem, what: String, reader: inout FieldReader) -> ConditionValue? {
        guard let text = reader.text(node, "a value in \(what)") else { return nil }
        if item.missingCodes.contains(text) { return .code(text) }
        switch item.shape {
        case .scale(let values):
            if let number = NumberText.parse(text), values.contains(number) { return .number(number) }
            let valid = values.map(NumberText.format) + item.missingCodes
            reader.log.error("\(what) compares '\(item.id)' with '\(text)', which is not one of its answers (\(valid.joined(separator: ", ")))", at: node.mark)
        case .choice(let codes):
            if codes.contains(text) { return .code(text) }
            let hint = Suggestion.hint(for: text, among: codes + item.missingCodes, noun: "option code")
            reader.log.error("\(what) compares '\(item.id)' with '\(text)', which is not one of its options; \(hint)", at: node.mark)
        case .number:
            if let number = NumberText.parse(text) { return .number(number) }
            reader.log.error("\(what) compares the number item '\(item.id)' with '\(text)', which is not a number", at: node.mark)
        case .text:
            reader.log.error("\(what) compares the free-text item '\(item.id)' with a value; only 'answered' can be used on free text", at: node.mark)
        }
        return nil
    }
}
