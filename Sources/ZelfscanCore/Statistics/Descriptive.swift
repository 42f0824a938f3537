/// Mean, variance and spread, written once so every table in a report uses the same definitions.
public enum Descriptive {
    /// Arithmetic mean; nil for no values, never 0, so "no data" cannot pass as a score.
    public static func mean(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        return values.reduce(0, +) / Double(values.count)
    }

    /// Weighted mean; nil when the weights add up to nothing.
    public static func weightedMean(_ pairs: [(value: Double, weight: Double)]) -> Double? {
        let totalWeight = pairs.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0 else { return nil }
        return pairs.reduce(0) { $0 + $1.value * $1.weight } / totalWeight
    }

    /// Sample variance (divisor n − 1): cells are samples of their members' views. Nil below two values.
    public static func sampleVariance(_ values: [Double]) -> Double? {
        guard values.count >= 2, let mean = mean(values) else { return nil }
        return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
    }

    /// Sample standard deviation (divisor n − 1); nil below two values.
    public static func sampleStandardDeviation(_ values: [Double]) -> Double? {
        sampleVariance(values).map { $0.squareRoot() }
    }

    /// Variance of a whole population (divisor n): the spread of a null distribution, not of a sample.
    public static func populationVariance(_ values: [Double]) -> Double? {
        guard let mean = mean(values) else { return nil }
        return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
    }

    /// Pearson correlation; nil when fewer than two pairs or either side does not vary.
    public static func correlation(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2, let meanX = mean(x), let meanY = mean(y) else { return nil }
        var products = 0.0, squaresX = 0.0, squaresY = 0.0
        for (a, b) in zip(x, y) {
            products += (a - meanX) * (b - meanY)
            squaresX += (a - meanX) * (a - meanX)
            squaresY += (b - meanY) * (b - meanY)
        }
        guard squaresX > 0, squaresY > 0 else { return nil }
        return products / (squaresX * squaresY).squareRoot()
    }
}
