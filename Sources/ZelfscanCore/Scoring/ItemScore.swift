/// One answered statement on the common 0–100 scale, so items with four or five options and
/// reverse-keyed items can be averaged together.
public struct ItemScore: Sendable, Equatable {
    public var itemID: String
    public var weight: Double
    /// 0 (the least favourable option) to 100 (the most favourable).
    public var score: Double

    public init(itemID: String, weight: Double, score: Double) {
        self.itemID = itemID
        self.weight = weight
        self.score = score
    }

    /// The value as if the statement were worded positively: v' = min + max − v for a
    /// reverse-keyed item, v itself otherwise.
    public static func keyed(_ value: Double, reverse: Bool, on scale: Scale) -> Double {
        reverse ? scale.minimum + scale.maximum - value : value
    }

    /// (v' − min) / (max − min) × 100.
    public static func score(_ value: Double, reverse: Bool, on scale: Scale) -> Double {
        let range = scale.maximum - scale.minimum
        guard range > 0 else { return 0 }
        return (keyed(value, reverse: reverse, on: scale) - scale.minimum) / range * 100
    }
}
