import Foundation

/// The dimensions on one radar: a spoke per dimension from 0 (centre) to 100, the band zones as
/// tinted rings named in the legend, the cell as a solid line with round markers and,
/// when given, the peer median as a dashed line with square markers (shape, not only colour).
struct RadarChart {
    struct Axis {
        var label: String
        var value: Double?
        var valueText: String
        var median: Double?
    }

    struct Zone {
        var from: Double
        var to: Double
        /// The band's name with its limits in words ("In ontwikkeling: 50 tot 75", `BandRange`).
        var label: String
    }

    var id: String
    var title: String
    var description: String
    var axes: [Axis]
    /// Band zones, lowest first.
    var zones: [Zone]
    var legendCell: String
    var legendPeers: String

    private let width = 560.0
    /// Room for the zone legend's rows under the chart.
    private var height: Double { 478 + 22 * Double(zoneRows.count) }
    private let centre = (x: 280.0, y: 200.0)
    private let radius = 140.0

    func svg() -> String {
        var body: [String] = []
        for (index, zone) in zones.enumerated().reversed() {
            body.append("<polygon class=\"zone zone-\(index)\" points=\"\(ring(zone.to))\"/>")
        }
        for zone in zones.dropFirst() {
            body.append("<polygon class=\"ring\" points=\"\(ring(zone.from))\"/>")
        }
        body.append("<polygon class=\"ring outer\" points=\"\(ring(100))\"/>")
        for index in axes.indices {
            let end = point(index, 100)
            body.append("<line class=\"spoke\" x1=\"\(SVGNumber.text(centre.x))\" y1=\"\(SVGNumber.text(centre.y))\" x2=\"\(SVGNumber.text(end.x))\" y2=\"\(SVGNumber.text(end.y))\"/>")
        }
        body += ringLabels()
        if axes.contains(where: { $0.median != nil }) {
            body.append("<polygon class=\"series-peer\" points=\"\(axes.indices.map { coordinates($0, axes[$0].median) }.joined(separator: " "))\"/>")
            for (index, axis) in axes.enumerated() {
                guard let median = axis.median else { continue }
                let p = point(index, median)
                body.append("<rect class=\"marker-peer\" x=\"\(SVGNumber.text(p.x - 4))\" y=\"\(SVGNumber.text(p.y - 4))\" width=\"8\" height=\"8\"/>")
            }
        }
        body.append("<polygon class=\"series-cell\" points=\"\(axes.indices.map { coordinates($0, axes[$0].value) }.joined(separator: " "))\"/>")
        for (index, axis) in axes.enumerated() {
            guard let value = axis.value else { continue }
            let p = point(index, value)
            body.append("<circle class=\"marker-cell\" cx=\"\(SVGNumber.text(p.x))\" cy=\"\(SVGNumber.text(p.y))\" r=\"5\"/>")
        }
        for (index, axis) in axes.enumerated() { body += axisLabel(index, axis) }
        body += legend()
        return ChartFrame(id: id, width: width, height: height, title: title, description: description, cssClass: "chart radar").wrap(body)
    }

    private func angle(_ index: Int) -> Double {
        -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(axes.count, 1))
    }

    private func point(_ index: Int, _ value: Double) -> (x: Double, y: Double) {
        let r = radius * max(0, min(100, value)) / 100
        return (centre.x + r * cos(angle(index)), centre.y + r * sin(angle(index)))
    }

    private func coordinates(_ index: Int, _ value: Double?) -> String {
        let p = point(index, value ?? 0)
        return SVGNumber.point(p.x, p.y)
    }

    private func ring(_ value: Double) -> String {
        axes.indices.map { coordinates($0, value) }.joined(separator: " ")
    }

    /// The band limits written on their ring where it crosses the bisector of the gap between two
    /// spokes in which the cell's and the peers' lines pass farthest from every ring, with a halo
    /// in the background colour, so a label does not sit on a line.
    private func ringLabels() -> [String] {
        guard axes.count >= 3 else { return [] }
        let limits = zones.dropFirst().map(\.from)
        let half = Double.pi / Double(axes.count)
        let a = angle(Self.labelGap(axes.map(\.value), axes.map(\.median), limits: limits)) + half
        return limits.map { limit in
            let r = radius * limit / 100 * cos(half)
            let x = centre.x + r * cos(a), y = centre.y + r * sin(a) + 4
            return "<text class=\"tick\" x=\"\(SVGNumber.text(x))\" y=\"\(SVGNumber.text(y))\" text-anchor=\"middle\">\(SVGNumber.text(limit))</text>"
        }
    }

    /// The gap (after spoke i) whose bisector the series lines cross farthest from the limits.
    /// A straight edge between values v₁ and v₂ on neighbouring spokes crosses the bisector where
    /// a ring of value 2·v₁·v₂ / (v₁ + v₂) does; ties go to the first gap, so the output is stable.
    static func labelGap(_ values: [Double?], _ medians: [Double?], limits: [Double]) -> Int {
        let count = values.count
        guard count > 0 else { return 0 }
        let series = [values] + (medians.contains { $0 != nil } ? [medians] : [])
        func crossing(_ line: [Double?], _ gap: Int) -> Double {
            let first = line[gap] ?? 0, second = line[(gap + 1) % count] ?? 0
            return first + second > 0 ? 2 * first * second / (first + second) : 0
        }
        let clearance = (0..<count).map { gap in
            series.flatMap { line in limits.map { abs(crossing(line, gap) - $0) } }.min() ?? 100
        }
        return clearance.indices.max { clearance[$0] < clearance[$1] || (clearance[$0] == clearance[$1] && $0 > $1) } ?? 0
    }

    private func axisLabel(_ index: Int, _ axis: Axis) -> [String] {
        let p = point(index, 100)
        let dx = cos(angle(index)), dy = sin(angle(index))
        let anchor = dx > 0.3 ? "start" : dx < -0.3 ? "end" : "middle"
        let x = p.x + dx * 14
        let lines = WordWrap.lines(axis.label, width: 20)
        let lineHeight = 16.0
        let block = Double(lines.count) * lineHeight + 18
        let top = dy < -0.3 ? p.y - 10 - block + lineHeight : dy > 0.3 ? p.y + 22 : p.y - block / 2 + lineHeight - 2
        var out = lines.enumerated().map { offset, line in
            "<text class=\"axis-label\" x=\"\(SVGNumber.text(x))\" y=\"\(SVGNumber.text(top + Double(offset) * lineHeight))\" text-anchor=\"\(anchor)\">\(HTMLEscape.text(line))</text>"
        }
        out.append("<text class=\"axis-value\" x=\"\(SVGNumber.text(x))\" y=\"\(SVGNumber.text(top + Double(lines.count) * lineHeight + 2))\" text-anchor=\"\(anchor)\">\(HTMLEscape.text(axis.valueText))</text>")
        return out
    }

    private func legend() -> [String] {
        let y = 460.0
        var out = [
            "<line class=\"series-cell-line\" x1=\"150\" y1=\"\(SVGNumber.text(y - 5))\" x2=\"180\" y2=\"\(SVGNumber.text(y - 5))\"/>",
            "<circle class=\"marker-cell\" cx=\"165\" cy=\"\(SVGNumber.text(y - 5))\" r=\"5\"/>",
            "<text class=\"legend\" x=\"188\" y=\"\(SVGNumber.text(y))\">\(HTMLEscape.text(legendCell))</text>",
        ]
        if axes.contains(where: { $0.median != nil }) {
            out += [
                "<line class=\"series-peer-line\" x1=\"300\" y1=\"\(SVGNumber.text(y - 5))\" x2=\"330\" y2=\"\(SVGNumber.text(y - 5))\"/>",
                "<rect class=\"marker-peer\" x=\"311\" y=\"\(SVGNumber.text(y - 9))\" width=\"8\" height=\"8\"/>",
                "<text class=\"legend\" x=\"338\" y=\"\(SVGNumber.text(y))\">\(HTMLEscape.text(legendPeers))</text>",
            ]
        }
        for (row, zones) in zoneRows.enumerated() {
            let top = y + 12 + 22 * Double(row)
            var x = (width - zones.reduce(0) { $0 + $1.width } + Self.zoneGap) / 2
            for (index, zone, _) in zones {
                out.append("<rect class=\"zone zone-\(index) swatch-rule\" x=\"\(SVGNumber.text(x))\" y=\"\(SVGNumber.text(top))\" width=\"14\" height=\"14\"/>")
                out.append("<text class=\"legend\" x=\"\(SVGNumber.text(x + 20))\" y=\"\(SVGNumber.text(top + 12))\">\(HTMLEscape.text(zone.label))</text>")
                x += Self.width(zone.label)
            }
        }
        return out
    }

    private static let zoneGap = 22.0

    /// Swatch, label and gap; a 12px label averages under 6.6px a character.
    private static func width(_ label: String) -> Double { 20 + Double(label.count) * 6.6 + zoneGap }

    /// The zone legend in rows that fit the chart's width, each zone with its index (its colour).
    private var zoneRows: [[(index: Int, zone: Zone, width: Double)]] {
        var rows: [[(index: Int, zone: Zone, width: Double)]] = [[]]
        for (index, zone) in zones.enumerated() {
            let entry = (index: index, zone: zone, width: Self.width(zone.label))
            if let last = rows.last, !last.isEmpty, last.reduce(0, { $0 + $1.width }) + entry.width - Self.zoneGap > width - 20 {
                rows.append([entry])
            } else {
                rows[rows.count - 1].append(entry)
            }
        }
        return rows
    }
}
