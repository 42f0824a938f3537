/// Which items' visibility can stand in for a respondent's role. An item hidden from coordinators
/// marks the one respondent of a round without it as the coordinator (December 2026: 132 of 138
/// such respondents were), so such items never leave a workspace item by item. Derived from the
/// questionnaire's conditions, never from a list of LIVC item ids.
public enum RoleDependence {
    /// Items whose condition reads the role or role group, or reads an item that is itself
    /// role-dependent, to any depth. Conditions only read earlier items, so one pass in the
    /// order asked sees every dependency before it is needed.
    public static func items(of questionnaire: Questionnaire) -> Set<String> {
        var dependent = Set<String>()
        for entry in questionnaire.index.conditions {
            guard let condition = entry.showIf else { continue }
            if readsRole(condition) || condition.referencedItems.contains(where: dependent.contains) {
                dependent.insert(entry.id)
            }
        }
        return dependent
    }

    /// Items shown only under a condition that does not depend on role: their visibility is
    /// released, subject to the per-round pattern rule of `ItemRelease`.
    public static func conditionalItems(of questionnaire: Questionnaire) -> Set<String> {
        Set(questionnaire.index.conditions.filter { $0.showIf != nil }.map(\.id))
    }

    static func readsRole(_ condition: Condition) -> Bool {
        switch condition {
        case .role, .roleGroup: return true
        case .equals, .oneOf, .noneOf, .answered, .range: return false
        case .all(let conditions), .any(let conditions): return conditions.contains(where: readsRole)
        case .not(let inner): return readsRole(inner)
        }
    }
}
