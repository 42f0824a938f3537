/// What the respondent did, in terms both front ends share. The TTY maps keys to these and line
/// mode maps whole lines, so the flow itself is tested once, without a terminal.
public enum SessionEvent: Sendable, Equatable {
    /// A number key: option `n` (1-based). Answers a single choice or scale and moves on, toggles
    /// a multiple choice, picks a role.
    case select(Int)
    /// A whole typed answer: an option number, numbers separated by commas or spaces, a number
    /// (decimal comma or point), text, or a missing option's code.
    case enter(String)
    /// A character typed into the TTY input field (number, text, question number on review).
    case type(Character)
    case deleteBackward
    case up
    case down
    /// Enter: start, take the highlighted option, confirm a multiple choice or the input field,
    /// or go on with the answer already given.
    case confirm
    /// An empty line: go on with the answer already given; an item without one says so.
    case next
    /// `b`: one item back; answers are kept.
    case back
    /// `s`: pass over the item; any answer to it is removed.
    case skip
    /// `?`: show or hide the item's explanation.
    case help
    /// Esc: close help, leave a confirmation or the text field.
    case cancel
    /// `q`: stop; the draft is already saved.
    case quit
    /// From the review: go to question `n` as numbered in the progress line.
    case jump(Int)
    /// From the review (`o`): add, change or remove a remark on a dimension.
    case comment
    /// From the review: ask for confirmation before submitting.
    case requestSubmit
    /// Submit: from the confirmation, or from the review in line mode where the review itself
    /// is the confirmation.
    case submit
    /// The input ended (EOF, closed terminal).
    case endOfInput
}
