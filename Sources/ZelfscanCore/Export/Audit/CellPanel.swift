/// Recomputes k-anonymity from cells.csv as an attacker would link it: a cell id ties all its
/// years together, so what singles a cell out is the whole list of its rounds — year, Belfius
/// group and every cell fact of each — not one row. The per-cell map is the only memory of the
/// audit that grows with the export, and it grows with cells, not with respondents.
struct CellPanel {
    struct SmallClass: Equatable {
        /// The first line of each cell in the class, in file order.
        var lines: [Int]
    }

    private var rounds: [String: [String]] = [:]
    private var firstLine: [String: Int] = [:]
    /// Which quasi-identifiers were `removed` in a cell's first row.
    private var removed: [String: [Bool]] = [:]

    var cellCount: Int { rounds.count }

    /// Adds one row; returns false when the row coarsens its cell differently from the cell's
    /// earlier rows (a value in one year, `removed` in another), which undoes the coarsening.
    mutating func add(cell: String, year: String, quasiIdentifiers: [String], line: Int) -> Bool {
        rounds[cell, default: []].append(([year] + quasiIdentifiers).joined(separator: "\u{1F}"))
        if firstLine[cell] == nil { firstLine[cell] = line }
        let pattern = quasiIdentifiers.map { $0 == "removed" }
        guard let earlier = removed[cell] else {
            removed[cell] = pattern
            return true
        }
        return earlier == pattern
    }

    /// The size of the smallest class; nil for an empty panel.
    var smallestClass: Int? {
        var classes: [String: Int] = [:]
        for list in rounds.values { classes[list.sorted().joined(separator: "\u{1E}"), default: 0] += 1 }
        return classes.values.min()
    }

    /// Every class of cells with the same list of rounds that has fewer than `k` members.
    func smallClasses(k: Int) -> [SmallClass] {
        var classes: [String: [Int]] = [:]
        for (cell, list) in rounds {
            classes[list.sorted().joined(separator: "\u{1E}"), default: []].append(firstLine[cell]!)
        }
        return classes.values.filter { $0.count < k }.map { SmallClass(lines: $0.sorted()) }.sorted { $0.lines[0] < $1.lines[0] }
    }
}
