import Foundation

/// Coordinates written with one decimal and a point, whatever the locale, so the same chart is
/// always the same bytes; whole numbers without a decimal ("50").
enum SVGNumber {
    static func text(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    static func point(_ x: Double, _ y: Double) -> String { "\(text(x)),\(text(y))" }
}
