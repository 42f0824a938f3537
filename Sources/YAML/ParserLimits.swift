/// Bounds that keep a hostile or broken file from exhausting memory or time.
public struct ParserLimits: Sendable, Equatable {
    /// Largest accepted input, in bytes.
    public var maxBytes: Int
    /// Deepest accepted nesting of lists and mappings.
    public var maxDepth: Int
    /// Most nodes that aliases may add by repeating anchored nodes (billion-laughs guard).
    public var maxAliasExpansion: Int

    public init(maxBytes: Int = 5 * 1024 * 1024, maxDepth: Int = 100, maxAliasExpansion: Int = 10_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    public static let `default` = ParserLimits()
}
