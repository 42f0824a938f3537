import Foundation

/// The draws the demo generator needs, on top of a seeded generator, so every draw is repeatable.
struct DemoRandom {
    var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    /// Uniform in [0, 1).
    mutating func uniform() -> Double { Double.random(in: 0..<1, using: &generator) }

    mutating func chance(_ probability: Double) -> Bool { uniform() < probability }

    mutating func int(in range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }

    /// Normal by the Box–Muller transform.
    mutating func normal(mean: Double = 0, sd: Double) -> Double {
        let u1 = max(uniform(), 1e-12)
        let u2 = uniform()
        let radius = (-2 * log(u1)).squareRoot()
        return mean + sd * radius * cos(2 * Double.pi * u2)
    }

    /// An index drawn in proportion to `weights`; nil when they add up to nothing.
    mutating func pick(weights: [Double]) -> Int? {
        let total = weights.reduce(0, +)
        guard total > 0 else { return nil }
        var target = uniform() * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.lastIndex { $0 > 0 }
    }

    mutating func shuffled<T>(_ values: [T]) -> [T] { values.shuffled(using: &generator) }

    mutating func element<T>(_ values: [T]) -> T? { values.randomElement(using: &generator) }

    /// A new independent stream, so adding a draw in one cell does not shift every later cell.
    mutating func fork() -> DemoRandom { DemoRandom(seed: generator.next()) }
}
