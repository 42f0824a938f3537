/// The rows of `cells.csv`, kept until they are written in a few dozen bytes each: the means as
/// tenths, the panel's facts as the plan holds them. As rows of values they were some 360 bytes
/// each, several megabytes of a large pool's export (docs/performance.md).
struct CellPanelRows {
    private struct Row {
        var id: String
        var year: Int
        var facts: PanelFacts
    }

    /// Written for a mean the cell has not.
    private static let none = Int32.min

    private var rows: [Row] = []
    /// `width` per row: each dimension's mean, then the overall mean, in tenths.
    private var tenths: [Int32] = []
    /// Means that are not a whole number of tenths in Int32's range, by their place in `tenths`.
    private var others: [Int: Double] = [:]
    private let width: Int
    let name: String
    let columns: [ExportTable.Column]

    init(name: String, columns: [ExportTable.Column], width: Int) {
        self.name = name
        self.columns = columns
        self.width = width
    }

    /// A row; `means` holds one released (one-decimal) mean or nil per dimension and overall.
    mutating func append(id: String, year: Int, facts: PanelFacts, means: [Double?]) {
        precondition(means.count == width, "a cell row needs a mean or nil for every dimension and overall")
        rows.append(Row(id: id, year: year, facts: facts))
        for mean in means {
            guard let mean else {
                tenths.append(Self.none)
                continue
            }
            let scaled = mean * 10
            if scaled == scaled.rounded(), let whole = Int32(exactly: scaled), whole != Self.none, Double(whole) / 10 == mean {
                tenths.append(whole)
            } else {
                others[tenths.count] = mean
                tenths.append(Self.none)
            }
        }
    }

    var source: ExportTableSource {
        let rows = rows, tenths = tenths, others = others, width = width
        return ExportTableSource(name: name, columns: columns) { body in
            for (index, row) in rows.enumerated() {
                var values: [ExportTable.Value] = [.text(row.id), .integer(row.year), .text(row.facts.group)]
                values += row.facts.facts.map { .text($0) }
                for place in index * width..<(index + 1) * width {
                    let value = tenths[place]
                    if value != Self.none {
                        values.append(.real(Double(value) / 10))
                    } else {
                        values.append(others[place].map(ExportTable.Value.real) ?? .null)
                    }
                }
                try body(values)
            }
        }
    }
}
