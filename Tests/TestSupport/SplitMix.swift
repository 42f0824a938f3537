import ZelfscanCore

/// The core's seeded generator, so tests with "random" input repeat exactly.
public typealias SplitMix = SplitMix64

extension SplitMix64 {
    /// `count` random bytes.
    public mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }
}
