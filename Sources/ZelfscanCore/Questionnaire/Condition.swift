/// When an item is shown: a condition on earlier answers or on the respondent's role.
public indirect enum Condition: Sendable, Equatable {
    case equals(item: String, value: ConditionValue)
    case oneOf(item: String, values: [ConditionValue])
    case noneOf(item: String, values: [ConditionValue])
    case answered(item: String, Bool)
    case range(item: String, atLeast: Double?, atMost: Double?)
    case role([String])
    case roleGroup([String])
    case all([Condition])
    case any([Condition])
    case not(Condition)

    /// Item ids the condition reads, for checking that they are asked earlier.
    public var referencedItems: [String] {
        switch self {
        case .equals(let item, _), .oneOf(let item, _), .noneOf(let item, _), .answered(let item, _), .range(let item, _, _):
            return [item]
        case .role, .roleGroup:
            return []
        case .all(let conditions), .any(let conditions):
            return conditions.flatMap(\.referencedItems)
        case .not(let condition):
            return condition.referencedItems
        }
    }

    /// Whether the condition holds for a respondent with `role` in `roleGroup` and these answers.
    public func holds(answers: [String: Answer], role: String?, roleGroup: String?) -> Bool {
        switch self {
        case .equals(let item, let value):
            return answers[item]?.matches(value) ?? false
        case .oneOf(let item, let values):
            guard let answer = answers[item] else { return false }
            return values.contains { answer.matches($0) }
        case .noneOf(let item, let values):
            guard let answer = answers[item], answer.isAnswer else { return false }
            return !values.contains { answer.matches($0) }
        case .answered(let item, let expected):
            return (answers[item]?.isAnswer ?? false) == expected
        case .range(let item, let atLeast, let atMost):
            guard let number = answers[item]?.number else { return false }
            return (atLeast.map { number >= $0 } ?? true) && (atMost.map { number <= $0 } ?? true)
        case .role(let roles):
            return role.map(roles.contains) ?? false
        case .roleGroup(let groups):
            return roleGroup.map(groups.contains) ?? false
        case .all(let conditions):
            return conditions.allSatisfy { $0.holds(answers: answers, role: role, roleGroup: roleGroup) }
        case .any(let conditions):
            return conditions.contains { $0.holds(answers: answers, role: role, roleGroup: roleGroup) }
        case .not(let condition):
            return !condition.holds(answers: answers, role: role, roleGroup: roleGroup)
        }
    }
}

/// A value a condition compares with: an option code or a number on a scale.
public enum ConditionValue: Sendable, Equatable, CustomStringConvertible {
    case code(String)
    case number(Double)

    public var description: String {
        switch self {
        case .code(let code): return code
        case .number(let number): return NumberText.format(number)
        }
    }
}

/// One respondent's answer to one item.
public enum Answer: Sendable, Equatable {
    /// A value on a scored item's scale.
    case scale(Double)
    /// A "don't know"-style option: offered, never scored, not an answer for conditions.
    case missing(String)
    case choice(String)
    case choices([String])
    case number(Double)
    case text(String)

    public var isAnswer: Bool {
        if case .missing = self { return false }
        return true
    }

    var number: Double? {
        switch self {
        case .scale(let value), .number(let value): return value
        default: return nil
        }
    }

    func matches(_ value: ConditionValue) -> Bool {
        switch (self, value) {
        case (.scale(let number), .number(let expected)), (.number(let number), .number(let expected)):
            return number == expected
        case (.missing(let code), .code(let expected)), (.choice(let code), .code(let expected)):
            return code == expected
        case (.choices(let codes), .code(let expected)):
            return codes.contains(expected)
        default:
            return false
        }
    }
}
