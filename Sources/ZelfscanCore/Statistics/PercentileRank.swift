/// Where a value stands among others, as the share (0–100) of values below it with ties counted
/// half ("mid-rank"), so a cell equal to every peer sits at 50 rather than at 0 or 100.
public enum PercentileRank {
    /// 100 × (number below + ½ × number equal) / n; nil for no values.
    public static func of(_ value: Double, among values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let below = values.filter { $0 < value }.count
        let equal = values.filter { $0 == value }.count
        return 100 * (Double(below) + 0.5 * Double(equal)) / Double(values.count)
    }
}
