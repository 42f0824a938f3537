/// The accessible shell every chart shares: an `<svg role="img">` whose `<title>` and `<desc>`
/// say in words what the picture shows, for screen readers and for anyone who cannot see it.
struct ChartFrame {
    var id: String
    var width: Double
    var height: Double
    var title: String
    var description: String
    var cssClass: String

    func wrap(_ body: [String]) -> String {
        let header = "<svg class=\"\(cssClass)\" viewBox=\"0 0 \(SVGNumber.text(width)) \(SVGNumber.text(height))\" role=\"img\" "
            + "aria-labelledby=\"\(id)-title \(id)-desc\" preserveAspectRatio=\"xMidYMid meet\">"
        return ([header,
                 "<title id=\"\(id)-title\">\(HTMLEscape.text(title))</title>",
                 "<desc id=\"\(id)-desc\">\(HTMLEscape.text(description))</desc>"]
                + body + ["</svg>"]).joined(separator: "\n")
    }
}
