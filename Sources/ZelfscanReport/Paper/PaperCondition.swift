import ZelfscanCore

/// A `show_if` condition as a member reads it on paper: the question's number and the words of
/// the boxes, never an item id or an option code ("Alleen beantwoorden als u bij vraag 3 'Eens'
/// koos").
struct PaperCondition: PhraseBook {
    let questionnaire: Questionnaire
    /// Question numbers as printed, by item id.
    let numbers: [String: Int]
    let language: Language

    func sentence(_ condition: Condition) -> String {
        let clause = clause(condition)
        return say(en: "Only answer if \(clause).", nl: "Alleen beantwoorden als \(clause).")
    }

    /// A clause that completes "Only answer if …".
    func clause(_ condition: Condition) -> String {
        switch condition {
        case .equals(let item, let value):
            return chose(item, labels(item, [value]))
        case .oneOf(let item, let values):
            return chose(item, labels(item, values))
        case .noneOf(let item, let values):
            let question = self.question(item)
            let words = alternatives(labels(item, values))
            return say(en: "you chose something other than \(words) at \(question)", nl: "u bij \(question) iets anders dan \(words) koos")
        case .answered(let item, let expected):
            let question = self.question(item)
            return expected
                ? say(en: "you answered \(question)", nl: "u \(question) beantwoordde")
                : say(en: "you did not answer \(question)", nl: "u \(question) niet beantwoordde")
        case .range(let item, let atLeast, let atMost):
            return range(item, atLeast: atLeast, atMost: atMost)
        case .role(let roles):
            return role(roles)
        case .roleGroup(let groups):
            return role(questionnaire.roles.filter { groups.contains($0.group) }.map(\.id))
        case .all(let conditions):
            return conditions.map(clause).joined(separator: say(en: " and ", nl: " en "))
        case .any(let conditions):
            return conditions.map(clause).joined(separator: say(en: " or ", nl: " of "))
        case .not(let inner):
            return negated(inner)
        }
    }

    /// "Not" on a role or a choice reads as "did not"; anything else as "it is not so that".
    private func negated(_ condition: Condition) -> String {
        switch condition {
        case .role(let roles):
            return notRole(roles)
        case .roleGroup(let groups):
            return notRole(questionnaire.roles.filter { groups.contains($0.group) }.map(\.id))
        case .equals(let item, let value):
            return notChose(item, labels(item, [value]))
        case .oneOf(let item, let values):
            return notChose(item, labels(item, values))
        case .range(let item, let atLeast, let atMost) where scale(of: item) != nil:
            let inside = scale(of: item)!.options.filter { option in
                (atLeast.map { option.value >= $0 } ?? true) && (atMost.map { option.value <= $0 } ?? true)
            }
            return notChose(item, inside.map { quoted($0.label.text(language)) })
        case .range(let item, let atLeast, let atMost):
            guard let bounds = numberBounds(atLeast: atLeast, atMost: atMost) else { return clause(.answered(item: item, false)) }
            let question = self.question(item)
            return say(en: "you did not write \(bounds) at \(question)", nl: "u bij \(question) niet \(bounds) invulde")
        case .answered(let item, let expected):
            return clause(.answered(item: item, !expected))
        default:
            return say(en: "it is not so that \(clause(condition))", nl: "niet geldt dat \(clause(condition))")
        }
    }

    private func notRole(_ roles: [String]) -> String {
        let words = alternatives(roles.map { id in quoted(questionnaire.role(id)?.label.text(language) ?? id) })
        return say(en: "you did not tick \(words) as your role", nl: "u als rol niet \(words) aankruiste")
    }

    private func notChose(_ item: String, _ labels: [String]) -> String {
        let question = self.question(item)
        let words = alternatives(labels)
        return say(en: "you did not choose \(words) at \(question)", nl: "u bij \(question) niet \(words) koos")
    }

    private func question(_ item: String) -> String {
        let number = numbers[item].map(String.init) ?? "?"
        return say(en: "question \(number)", nl: "vraag \(number)")
    }

    private func chose(_ item: String, _ labels: [String]) -> String {
        let question = self.question(item)
        let words = alternatives(labels)
        return say(en: "you chose \(words) at \(question)", nl: "u bij \(question) \(words) koos")
    }

    private func role(_ roles: [String]) -> String {
        let words = alternatives(roles.map { id in quoted(questionnaire.role(id)?.label.text(language) ?? id) })
        return say(en: "you ticked \(words) as your role", nl: "u als rol \(words) aankruiste")
    }

    /// A scale's bounds become the boxes within them; a number's bounds stay numbers.
    private func range(_ item: String, atLeast: Double?, atMost: Double?) -> String {
        if let scale = scale(of: item) {
            let inside = scale.options.filter { option in
                (atLeast.map { option.value >= $0 } ?? true) && (atMost.map { option.value <= $0 } ?? true)
            }
            return chose(item, inside.map { quoted($0.label.text(language)) })
        }
        let question = self.question(item)
        guard let bounds = numberBounds(atLeast: atLeast, atMost: atMost) else {
            return say(en: "you answered \(question)", nl: "u \(question) beantwoordde")
        }
        return say(en: "you wrote \(bounds) at \(question)", nl: "u bij \(question) \(bounds) invulde")
    }

    /// "0 of meer", "een getal van 1 tot en met 5"; nil without bounds.
    private func numberBounds(atLeast: Double?, atMost: Double?) -> String? {
        let low = atLeast.map { language.number($0) }
        let high = atMost.map { language.number($0) }
        switch (low, high) {
        case (let low?, let high?): return say(en: "a number from \(low) to \(high)", nl: "een getal van \(low) tot en met \(high)")
        case (let low?, nil): return say(en: "\(low) or more", nl: "\(low) of meer")
        case (nil, let high?): return say(en: "\(high) or less", nl: "\(high) of minder")
        case (nil, nil): return nil
        }
    }

    private func labels(_ item: String, _ values: [ConditionValue]) -> [String] {
        values.map { quoted(label(item, $0)) }
    }

    /// The words on the box that carries `value`; the value itself only when no box does.
    private func label(_ item: String, _ value: ConditionValue) -> String {
        switch value {
        case .number(let number):
            if let option = scale(of: item)?.options.first(where: { $0.value == number }) { return option.label.text(language) }
            return language.number(number)
        case .code(let code):
            if let scale = scale(of: item), let missing = scale.missing.first(where: { $0.code == code }) { return missing.label.text(language) }
            if let context = contextItem(item) {
                if let option = context.options.first(where: { $0.code == code }) { return option.label.text(language) }
                if let missing = context.missing.first(where: { $0.code == code }) { return missing.label.text(language) }
            }
            return code
        }
    }

    private func alternatives(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + say(en: " or ", nl: " of ") + words[words.count - 1]
    }

    private func quoted(_ text: String) -> String { "'\(text)'" }

    private func scale(of item: String) -> Scale? {
        questionnaire.scoredItems.first { $0.id == item }.flatMap { questionnaire.scale($0.scale) }
    }

    private func contextItem(_ item: String) -> ContextItem? {
        questionnaire.context?.items.first { $0.id == item }
    }
}
