/// A small line chart of one dimension over the rounds: 0–100 with guide lines at the band
/// limits, a round marker and the score written above every point.
struct TrendChart {
    struct Point {
        var year: Int
        var value: Double?
        var valueText: String
    }

    var id: String
    var title: String
    var description: String
    var points: [Point]
    /// Band limits inside 0–100, e.g. 50 and 75.
    var guides: [Double]

    private let width = 360.0
    private let height = 180.0
    private let left = 44.0
    private let right = 330.0
    private let top = 24.0
    private let bottom = 144.0

    func svg() -> String {
        var body: [String] = []
        for value in [0.0, 100.0] + guides {
            let y = yPosition(value)
            let kind = value == 0 || value == 100 ? "axis" : "guide"
            body.append("<line class=\"\(kind)\" x1=\"\(SVGNumber.text(left))\" y1=\"\(SVGNumber.text(y))\" x2=\"\(SVGNumber.text(right))\" y2=\"\(SVGNumber.text(y))\"/>")
            body.append("<text class=\"tick\" x=\"\(SVGNumber.text(left - 6))\" y=\"\(SVGNumber.text(y + 4))\" text-anchor=\"end\">\(SVGNumber.text(value))</text>")
        }
        let placed = points.enumerated().compactMap { index, point -> (x: Double, y: Double, point: Point)? in
            point.value.map { (xPosition(index), yPosition($0), point) }
        }
        if placed.count >= 2 {
            body.append("<polyline class=\"series-cell-line\" points=\"\(placed.map { SVGNumber.point($0.x, $0.y) }.joined(separator: " "))\"/>")
        }
        for entry in placed {
            body.append("<circle class=\"marker-cell\" cx=\"\(SVGNumber.text(entry.x))\" cy=\"\(SVGNumber.text(entry.y))\" r=\"4.5\"/>")
            body.append("<text class=\"point-value\" x=\"\(SVGNumber.text(entry.x))\" y=\"\(SVGNumber.text(entry.y - 10))\" text-anchor=\"middle\">\(HTMLEscape.text(entry.point.valueText))</text>")
        }
        for (index, point) in points.enumerated() {
            body.append("<text class=\"tick\" x=\"\(SVGNumber.text(xPosition(index)))\" y=\"\(SVGNumber.text(bottom + 20))\" text-anchor=\"middle\">\(point.year)</text>")
        }
        return ChartFrame(id: id, width: width, height: height, title: title, description: description, cssClass: "chart trend").wrap(body)
    }

    private func xPosition(_ index: Int) -> Double {
        let inset = 24.0
        guard points.count > 1 else { return (left + right) / 2 }
        return left + inset + (right - left - 2 * inset) * Double(index) / Double(points.count - 1)
    }

    private func yPosition(_ value: Double) -> Double {
        bottom - (bottom - top) * max(0, min(100, value)) / 100
    }
}
