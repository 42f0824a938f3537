/// One statement's answers as a stacked bar: least favourable on the left, most favourable on the
/// right, "don't know" and unanswered in grey at the end, each segment with its count written in
/// when there is room, so the bar can be read without telling colours apart.
struct DistributionBar {
    var id: String
    var title: String
    var description: String
    var item: ItemSummary

    private let width = 900.0
    private let height = 26.0

    func svg() -> String {
        var body: [String] = []
        let total = item.segments.reduce(0) { $0 + $1.count }
        guard total > 0 else {
            body.append("<rect class=\"unanswered\" x=\"0\" y=\"2\" width=\"\(SVGNumber.text(width))\" height=\"22\"/>")
            return ChartFrame(id: id, width: width, height: height, title: title, description: description, cssClass: "chart bar").wrap(body)
        }
        var x = 0.0
        for segment in item.segments where segment.count > 0 {
            let w = width * Double(segment.count) / Double(total)
            let kind = Self.cssClass(segment.kind)
            body.append("<rect class=\"\(kind)\" x=\"\(SVGNumber.text(x))\" y=\"2\" width=\"\(SVGNumber.text(w))\" height=\"22\"/>")
            if w >= 16 {
                body.append("<text class=\"count on-\(kind)\" x=\"\(SVGNumber.text(x + w / 2))\" y=\"17.5\" text-anchor=\"middle\">\(segment.count)</text>")
            }
            x += w
        }
        return ChartFrame(id: id, width: width, height: height, title: title, description: description, cssClass: "chart bar").wrap(body)
    }

    /// `fav-0` (least favourable) to `fav-4` (most), spreading scales of other lengths over the
    /// same five colours; `dk` and `unanswered` for the answers that carry no score.
    static func cssClass(_ kind: ItemSummary.Segment.Kind) -> String {
        switch kind {
        case .option(let level, let levels):
            guard levels > 1 else { return "fav-4" }
            return "fav-\(Int((Double(level) * 4 / Double(levels - 1)).rounded()))"
        case .dontKnow: return "dk"
        case .unanswered: return "unanswered"
        }
    }
}
