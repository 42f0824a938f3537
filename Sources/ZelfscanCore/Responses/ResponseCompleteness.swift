extension Response {
    /// Items shown to this respondent that have no answer; "don't know" counts as an answer,
    /// a skipped item does not.
    public func unansweredItems(in questionnaire: Questionnaire) -> [String] {
        let visibility = Visibility(questionnaire: questionnaire, role: role, answers: answers)
        return visibility.shownItems.filter { visibility.answers[$0] == nil }
    }
}
