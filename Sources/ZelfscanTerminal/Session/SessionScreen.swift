/// Where the session stands.
public enum SessionScreen: Sendable, Equatable {
    /// What the self-evaluation is for and what happens with the answers.
    case introduction
    /// Choosing the role; `highlight` is the 0-based highlighted row.
    case role(highlight: Int)
    case question(QuestionPosition)
    /// Unanswered items and the way to submit; `input` is a question number being typed.
    case review(input: String)
    /// A remark on one dimension, reached with `o` from the review: `dimension` (1-based) is nil
    /// while choosing which; `input` is the text being typed on the TTY.
    case comment(dimension: Int?, input: String)
    /// "Submit now? Answers cannot be changed afterwards."
    case confirmSubmit
    case submitted
    case quit
    case endOfInput

    /// True once the session has nothing more to ask.
    public var isFinal: Bool {
        switch self {
        case .submitted, .quit, .endOfInput: return true
        default: return false
        }
    }
}

/// The item on screen and what the respondent is doing with it before it becomes an answer.
public struct QuestionPosition: Sendable, Equatable {
    public var itemID: String
    /// 0-based highlighted row: an option, or for typed items row 0 = the input field and the
    /// missing options after it.
    public var highlight: Int
    /// Text typed into the TTY input field.
    public var input: String
    /// Options ticked in a multiple choice on the TTY, not yet confirmed with Enter.
    public var ticked: Set<Int>

    public init(itemID: String, highlight: Int = 0, input: String = "", ticked: Set<Int> = []) {
        self.itemID = itemID
        self.highlight = highlight
        self.input = input
        self.ticked = ticked
    }
}
