/// Role groups as exported for one cell round: a group with fewer than the minimum of respondents
/// (3) is merged into "merged"; if that leaves "merged" itself too small, the smallest remaining
/// group joins it. Nobody is dropped, and no exported group holds fewer than 3 people, so a
/// group mean never shows one colleague's answers.
public enum RoleGroupCoarsening {
    public static let merged = "merged"

    /// Exported role group for each respondent, in the order given. Nil groups (a role the
    /// questionnaire does not know) count as a group of their own. Expects at least `minimum`
    /// respondents; smaller cells are left out of an export altogether.
    public static func exported(_ groups: [String?], minimum: Int = ScoringRules.standard.minimumRoleGroupSize) -> [String] {
        var sizes: [String: Int] = [:]
        for group in groups { sizes[group ?? merged, default: 0] += 1 }
        var mergedGroups = Set(sizes.filter { $0.value < minimum || $0.key == merged }.map(\.key))
        let mergedSize = mergedGroups.reduce(0) { $0 + sizes[$1, default: 0] }
        if mergedSize > 0, mergedSize < minimum,
           let smallest = sizes.filter({ !mergedGroups.contains($0.key) }).min(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
            mergedGroups.insert(smallest.key)
        }
        return groups.map { group in
            let name = group ?? merged
            return mergedGroups.contains(name) ? merged : name
        }
    }
}
