import ZelfscanCore

/// A `show_if` condition as a member reads it on paper: the question's number and the words of
/// the boxes, never an item id or an option code ("Alleen beantwoorden als u bij vraag 3 'Eens'
/// koos").
struct PaperCondition {
    let questionnaire: Questionnaire
    /// Question numbers as printed, by item id.
    let numbers: [String: Int]
    let language: Language

    func sentence(_ condition: Condition) -> String {
        let clause = clause(condition)
        switch language {
        case .nl: return "Alleen beantwoorden als \(clause)."
        case .en: return "Only answer if \(clause)."
        }
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
            return say("u bij \(question) iets anders dan \(words) koos", "you chose something other than \(words) at \(question)")
        case .answered(let item, let expected):
            let question = self.question(item)
            return expected
                ? say("u \(question) beantwoordde", "you answered \(question)")
                : say("u \(question) niet beantwoordde", "you did not answer \(question)")
        case .range(let item, let atLeast, let atMost):
            return range(item, atLeast: atLeast, atMost: atMost)
        case .role(let roles):
            return role(roles)
        case .roleGroup(let groups):
            return role(questionnaire.roles.filter { groups.contains($0.group) }.map(\.id))
        case .all(let conditions):
            return conditions.map(clause).joined(separator: say(" en ", " and "))
        case .any(let conditions):
            return conditions.map(clause).joined(separator: say(" of ", " or "))
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
            return say("u bij \(question) niet \(bounds) invulde", "you did not write \(bounds) at \(question)")
        case .answered(let item, let expected):
            return clause(.answered(item: item, !expected))
        default:
            return say("niet geldt dat \(clause(condition))", "it is not so that \(clause(condition))")
        }
    }

    private func notRole(_ roles: [String]) -> String {
        let words = alternatives(roles.map { id in quoted(questionnaire.role(id)?.label.text(language) ?? id) })
        return say("u als rol niet \(words) aankruiste", "you did not tick \(words) as your role")
    }

    private func notChose(_ item: String, _ labels: [String]) -> String {
        let question = self.question(item)
        let words = alternatives(labels)
        return say("u bij \(question) niet \(words) koos", "you did not choose \(words) at \(question)")
    }

    private func say(_ nl: String, _ en: String) -> String { language == .en ? en : nl }

    private func question(_ item: String) -> String {
        let number = numbers[item].map(String.init) ?? "?"
        return say("vraag \(number)", "question \(number)")
    }

    private func chose(_ item: String, _ labels: [String]) -> String {
        let question = self.question(item)
        let words = alternatives(labels)
        return say("u bij \(question) \(words) koos", "you chose \(words) at \(question)")
    }

    private func role(_ roles: [String]) -> String {
        let words = alternatives(roles.map { id in quoted(questionnaire.role(id)?.label.text(language) ?? id) })
        return say("u als rol \(words) aankruiste", "you ticked \(words) as your role")
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
            return say("u \(question) beantwoordde", "you answered \(question)")
        }
        return say("u bij \(question) \(bounds) invulde", "you wrote \(bounds) at \(question)")
    }

    /// "0 of meer", "een getal van 1 tot en met 5"; nil without bounds.
    private func numberBounds(atLeast: Double?, atMost: Double?) -> String? {
        let low = atLeast.map { language.decimal(NumberText.format($0)) }
        let high = atMost.map { language.decimal(NumberText.format($0)) }
        switch (low, high) {
        case (let low?, let high?): return say("een getal van \(low) tot en met \(high)", "a number from \(low) to \(high)")
        case (let low?, nil): return say("\(low) of meer", "\(low) or more")
        case (nil, let high?): return say("\(high) of minder", "\(high) or less")
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
            return language.decimal(NumberText.format(number))
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
        return words.dropLast().joined(separator: ", ") + say(" of ", " or ") + words[words.count - 1]
    }

    private func quoted(_ text: String) -> String { "'\(text)'" }

    private func scale(of item: String) -> Scale? {
        questionnaire.scoredItems.first { $0.id == item }.flatMap { questionnaire.scale($0.scale) }
    }

    private func contextItem(_ item: String) -> ContextItem? {
        questionnaire.context?.items.first { $0.id == item }
    }
}
