/// Quantiles by linear interpolation between order statistics (Hyndman & Fan type 7, the default
/// of R and NumPy), so a peer median or quartile can be recomputed with common tools.
public enum Quantile {
    /// The `p`-quantile (0 ≤ p ≤ 1) of `values`: with the sorted values x₁ … xₙ and
    /// h = (n − 1)·p + 1, the result is x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋). Nil for no values.
    public static func type7(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let clamped = min(max(p, 0), 1)
        let h = Double(sorted.count - 1) * clamped
        let lower = Int(h.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
    }
}
