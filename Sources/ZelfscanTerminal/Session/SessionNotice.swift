/// A short message shown with the current screen: why an answer was not taken, naming what
/// would be. Worded by `TakeText`.
public enum SessionNotice: Error, Sendable, Equatable {
    /// Choose a number from 1 to `count`.
    case chooseOne(count: Int)
    /// Choose one or more numbers from 1 to `count`.
    case chooseSeveral(count: Int)
    /// `label` cannot be combined with other answers.
    case exclusive(label: String)
    /// Not a number; the valid missing codes are listed.
    case notANumber(missingCodes: [String])
    case outOfRange(minimum: Double?, maximum: Double?)
    case notWhole
    case tooLong(maximum: Int)
    /// An empty answer to an item that has none yet.
    case empty
    /// No question with that number; `count` questions are shown.
    case noSuchQuestion(count: Int)
    /// The input on the review is neither a question number nor a command.
    case reviewChoices(count: Int)
    /// The input on the confirmation is neither yes nor no.
    case confirmChoices
}
