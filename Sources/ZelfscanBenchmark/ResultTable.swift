/// The figures as a Markdown table, one row per measurement with its target, so the output can
/// be pasted into docs/performance.md as it stands.
struct ResultTable {
    struct Row {
        var measurement: String
        var value: String
        var target: String = "—"
        /// Nil where there is no target, or where the quick data set makes a target meaningless.
        var met: Bool?
        /// The separate runs behind a median, listed under the table.
        var runs: String?
    }

    var rows: [Row] = []
    /// The quick data set is too small for the targets on the pool.
    var quick = false

    mutating func add(_ row: Row) { rows.append(row) }

    /// `poolSized`: the target is about the 45,000-file pool, so a quick run does not judge it.
    mutating func add(_ measurement: String, _ value: String, target: String = "—", met: Bool? = nil,
                      poolSized: Bool = false, runs: String? = nil) {
        rows.append(Row(measurement: measurement, value: value, target: target,
                        met: quick && poolSized ? nil : met, runs: runs))
    }

    func markdown() -> String {
        var lines = ["| measurement | value | target | met |", "| --- | ---: | --- | --- |"]
        for row in rows {
            let met = row.met.map { $0 ? "met" : "**not met**" } ?? (row.target == "—" ? "" : "n/a (quick)")
            lines.append("| \(row.measurement) | \(row.value) | \(row.target) | \(met) |")
        }
        let details = rows.compactMap { row in row.runs.map { "- \(row.measurement): \($0)" } }
        if !details.isEmpty {
            lines += ["", "Separate runs:", ""] + details
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Numbers as the table shows them, independent of the machine's locale.
enum Format {
    static func seconds(_ value: Double) -> String {
        value < 1 ? milliseconds(value) : fixed(value, 2) + " s"
    }

    static func milliseconds(_ seconds: Double) -> String { fixed(seconds * 1000, 1) + " ms" }

    static func megabytes(_ value: Double) -> String { fixed(value, 0) + " MB" }

    static func fixed(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        guard decimals > 0 else { return count(scaled) }
        let sign = scaled < 0 ? "-" : ""
        let magnitude = abs(scaled)
        let fraction = String(magnitude % Int(scale))
        return sign + count(magnitude / Int(scale)) + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// 45000 → "45,000".
    static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    static func list(_ values: [Double], _ format: (Double) -> String) -> String {
        values.map(format).joined(separator: ", ")
    }
}
