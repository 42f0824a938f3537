/// A norm band on the 0–100 scale: half-open `[from, to)`, the last one closed at 100.
public struct Band: Sendable, Equatable {
    public var from: Double
    public var to: Double
    public var code: String
    public var label: LocalizedText
}

extension Array where Element == Band {
    /// The band an unrounded score falls in.
    public func band(for score: Double) -> Band? {
        guard let last else { return nil }
        if score == last.to { return last }
        return first { score >= $0.from && score < $0.to }
    }
}
