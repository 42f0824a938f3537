/// Why a response cannot be scored. Loading already rejects these, so they only reach the scorer
/// when a response was built or edited outside the loader; scoring it anyway would give a wrong number.
public enum ScoringError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The answers belong to another questionnaire or version.
    case questionnaireMismatch(respondent: String, expected: String, found: String)
    /// A scored item's answer is not one of its scale's values or missing codes.
    case invalidAnswer(respondent: String, item: String)

    public var description: String {
        switch self {
        case .questionnaireMismatch(let respondent, let expected, let found):
            return "the answers of \(respondent) belong to \(found), not to \(expected)"
        case .invalidAnswer(let respondent, let item):
            return "the answer of \(respondent) to '\(item)' is not a value or missing code of its scale"
        }
    }
}
