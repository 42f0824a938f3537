import ZelfscanCore

/// One question as the session asks it: context and scored items behind one shape, with every
/// text already in the respondent's language, so the state machine and the screens need not know
/// where an item came from.
public struct SessionItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A scored statement: scale options, then the scale's missing options.
        case scale
        case single
        case multiple
        case number
        case text
    }

    public var id: String
    /// The section title: the dimension, or the context module.
    public var section: String
    public var kind: Kind
    public var text: String
    public var help: String?
    /// Numbered choices in the order shown. For number and text items only the missing options,
    /// which are picked by their code because digits and letters are the answer itself.
    public var options: [ItemOption]
    public var minimum: Double?
    public var maximum: Double?
    public var integer: Bool
    public var unit: String?
    public var maxLength: Int?
    /// What shows a fact (`evidence`), and the role that answers it (`answered_by`).
    public var evidence: String? = nil
    public var answeredBy: String? = nil

    /// The evidence, for the role that answers the fact only: the others are asked what they
    /// know, not to go and look it up.
    public func evidence(for role: String?) -> String? {
        guard let role, role == answeredBy else { return nil }
        return evidence
    }

    /// Whether the answer is typed rather than chosen from the list.
    public var isTyped: Bool { kind == .number || kind == .text }

    /// The option number (1-based) that `answer` corresponds to, for marking the current answer.
    public func optionNumbers(of answer: Answer?) -> Set<Int> {
        guard let answer else { return [] }
        var numbers: Set<Int> = []
        for (index, option) in options.enumerated() {
            switch (answer, option.answer) {
            case (.choices(let codes), .choice(let code)) where codes.contains(code):
                numbers.insert(index + 1)
            default:
                if answer == option.answer { numbers.insert(index + 1) }
            }
        }
        return numbers
    }
}

/// A numbered answer the respondent can pick.
public struct ItemOption: Sendable, Equatable {
    public var label: String
    /// What choosing it stores. For multiple choice a `.choice(code)` that is gathered into
    /// `.choices`; a missing option stores `.missing(code)` on its own.
    public var answer: Answer
    /// Stands alone in a multiple choice ("none of these", and every missing option).
    public var exclusive: Bool
    /// The code typed in line mode for a missing option on a number or text item.
    public var code: String
    public var isMissing: Bool
}
