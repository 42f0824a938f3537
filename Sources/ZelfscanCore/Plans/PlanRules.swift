/// What an action may refer to, with the message, shared by the plan file's reader and the
/// command that adds an action, so both refuse the same things in the same words.
public enum PlanRules {
    public static func dimensionProblem(_ id: String, questionnaire: Questionnaire) -> Phrase? {
        let known = questionnaire.dimensions.map(\.id)
        guard !known.contains(id) else { return nil }
        let hint = Suggestion.hint(for: id, among: known, plural: Phrase(en: "dimensions", nl: "dimensies"))
        return Phrase(en: "'\(id)' is not a dimension of questionnaire '\(questionnaire.id)'; \(hint.en)",
                      nl: "'\(id)' is geen dimensie van vragenlijst '\(questionnaire.id)'; \(hint.nl)")
    }

    /// A statement must belong to the action's dimension: an action addresses one dimension.
    public static func itemProblem(_ id: String, dimension: Dimension?, questionnaire: Questionnaire) -> Phrase? {
        guard let owner = questionnaire.dimensions.first(where: { $0.items.contains { $0.id == id } }) else {
            let candidates = (dimension.map { [$0] } ?? questionnaire.dimensions).flatMap(\.items).map(\.id)
            let hint = Suggestion.hint(for: id, among: candidates, plural: Phrase(en: "statements", nl: "stellingen"))
            return Phrase(en: "'\(id)' is not a statement of questionnaire '\(questionnaire.id)'; \(hint.en)",
                          nl: "'\(id)' is geen stelling van vragenlijst '\(questionnaire.id)'; \(hint.nl)")
        }
        guard let dimension, owner.id != dimension.id else { return nil }
        return Phrase(en: "the statement '\(id)' belongs to dimension '\(owner.id)', not to '\(dimension.id)'; an action addresses statements of its own dimension",
                      nl: "de stelling '\(id)' hoort bij dimensie '\(owner.id)', niet bij '\(dimension.id)'; een actie gaat over stellingen van haar eigen dimensie")
    }
}
