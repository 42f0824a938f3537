/// The statements of a dimension grouped by answer scale, so a table can give each option its
/// own column in the scale's order.
struct ItemTable: Equatable {
    var optionLabels: [String]
    /// The scale's own words for its non-substantive options, one column each.
    var missingLabels: [String]
    var items: [ItemSummary]

    static func tables(_ items: [ItemSummary]) -> [ItemTable] {
        var tables: [ItemTable] = []
        for item in items {
            if let index = tables.firstIndex(where: { $0.items.first?.scaleID == item.scaleID }) {
                tables[index].items.append(item)
            } else {
                tables.append(ItemTable(optionLabels: item.optionLabels,
                                        missingLabels: item.missingLabels, items: [item]))
            }
        }
        return tables
    }
}
