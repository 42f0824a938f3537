/// A paper form typed in twice would count one member twice and tilt the cell's result, so a
/// sheet whose role and answers match a response already in the round is named before it is saved.
public enum DuplicateAnswers {
    /// The first response in `round` (by code) with the same role, answers and skipped items as
    /// `response`, other than `response` itself.
    public static func earlier(than response: Response, in round: [Response]) -> Response? {
        round.filter { other in
            other.respondent != response.respondent && other.role == response.role
                && other.answers == response.answers && Set(other.skipped) == Set(response.skipped)
        }.min { $0.respondent < $1.respondent }
    }
}
