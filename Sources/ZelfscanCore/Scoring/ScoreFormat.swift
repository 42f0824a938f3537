/// How scores are written for people: one decimal, rounded half away from zero, with the decimal
/// sign of the language ("62,5" in Dutch, "62.5" in English). Bands are chosen before rounding.
public enum ScoreFormat {
    /// The score rounded half away from zero to one decimal. A value within 1e-9 of a half is
    /// taken as that half, so binary residue (62.4499999…) does not flip the rounding of 62.45.
    public static func rounded(_ score: Double) -> Double {
        let scaled = score * 10
        let magnitude = abs(scaled)
        let fraction = magnitude - magnitude.rounded(.down)
        let nudged = abs(fraction - 0.5) < 1e-9 ? magnitude.rounded(.down) + 0.5 : magnitude
        let roundedMagnitude = nudged.rounded(.toNearestOrAwayFromZero)
        return (scaled < 0 ? -roundedMagnitude : roundedMagnitude) / 10
    }

    /// The rounded score as text with one decimal, in `language` ("nl" uses a decimal comma).
    public static func display(_ score: Double, language: Language = .nl) -> String {
        let tenths = Int((rounded(score) * 10).rounded())
        return text(tenths: tenths, language: language)
    }

    private static func text(tenths: Int, language: Language) -> String {
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10
        let decimal = abs(tenths) % 10
        let separator = language.decimalSeparator
        return "\(sign)\(whole)\(separator)\(decimal)"
    }
}
