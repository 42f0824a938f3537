/// What one respondent did with one scored item, kept apart so that "don't know", passed over and
/// never asked do not all end up as one empty field (researchers treat them differently).
public enum ItemAnswerStatus: Equatable, Sendable {
    /// A scale value, as answered (not reversed).
    case answered(Double)
    /// A missing option of the item's scale, such as `dk`.
    case missing(String)
    /// Shown, but left without an answer.
    case skipped
    /// The item's condition hid it for this respondent.
    case notShown

    /// The status of every scored item in questionnaire order.
    ///
    /// An answer left on an item that is hidden (from going back and changing an earlier answer)
    /// counts as not shown, as in scoring; an answer of a kind the item cannot take counts as
    /// skipped.
    public static func statuses(of response: Response, questionnaire: Questionnaire) -> [(item: String, status: ItemAnswerStatus)] {
        statuses(Visibility(questionnaire: questionnaire, role: response.role, answers: response.answers),
                 scoredItems: questionnaire.scoredItems.map(\.id))
    }

    /// The same from a visibility already computed; `scoredItems` are the questionnaire's scored
    /// item ids in order, listed once by the caller rather than once per respondent.
    static func statuses(_ visibility: Visibility, scoredItems: [String]) -> [(item: String, status: ItemAnswerStatus)] {
        scoredItems.map { ($0, status(of: $0, visibility: visibility)) }
    }

    static func status(of itemID: String, visibility: Visibility) -> ItemAnswerStatus {
        guard visibility.isShown(itemID) else { return .notShown }
        switch visibility.answers[itemID] {
        case .scale(let value)?: return .answered(value)
        case .missing(let code)?: return .missing(code)
        default: return .skipped
        }
    }

    /// The export's code for the status: `answered`, the missing code, `skipped` or `not-shown`.
    public var code: String {
        switch self {
        case .answered: return "answered"
        case .missing(let code): return code
        case .skipped: return "skipped"
        case .notShown: return "not-shown"
        }
    }
}
