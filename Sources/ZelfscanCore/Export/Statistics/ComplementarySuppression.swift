/// Splits the cells of one grouping (within one year and dimension) into groups that can be
/// released beside their total without revealing a small group by subtraction.
///
/// Groups below the minimum, and cells whose value is unknown, go into `other`. If `other` then
/// has cells but fewer than the minimum, the smallest released group joins it, and so on, so the
/// total minus the released groups is either nothing or at least the minimum. Cells are counted
/// as distinct members.
struct ComplementarySuppression {
    static let other = "other"

    var minimumCells: Int

    /// Released groups sorted by value, `other` last when it has cells. Empty when the cells as a
    /// whole are below the minimum.
    func groups<Element>(_ elements: [Element], value: (Element) -> String?,
                         member: (Element) -> String) -> [(group: String, elements: [Element])] {
        guard Set(elements.map(member)).count >= minimumCells else { return [] }
        var byValue: [String: [Element]] = [:]
        var merged: [Element] = []
        for element in elements {
            if let key = value(element) { byValue[key, default: []].append(element) } else { merged.append(element) }
        }
        func size(_ group: [Element]) -> Int { Set(group.map(member)).count }
        var released: [(group: String, elements: [Element])] = []
        for key in byValue.keys.sorted() {
            let group = byValue[key] ?? []
            if size(group) >= minimumCells { released.append((key, group)) } else { merged += group }
        }
        // The smallest first; among equals the last by name, so the choice does not depend on
        // dictionary order.
        while !merged.isEmpty, size(merged) < minimumCells, let smallest = released.indices.min(by: { lhs, rhs in
            (size(released[lhs].elements), released[rhs].group) < (size(released[rhs].elements), released[lhs].group)
        }) {
            merged += released.remove(at: smallest).elements
        }
        if !merged.isEmpty { released.append((Self.other, merged)) }
        return released
    }
}
