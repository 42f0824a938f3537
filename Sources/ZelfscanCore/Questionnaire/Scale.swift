/// An answer scale for scored statements: numbered options plus "don't know"-style options that
/// are offered but never scored.
public struct Scale: Sendable, Equatable {
    public struct Option: Sendable, Equatable {
        public var value: Double
        public var label: LocalizedText
    }

    public var id: String
    public var title: LocalizedText?
    public var options: [Option]
    public var missing: [MissingOption]

    /// Lowest option value: the anchor for 0 on the 0–100 item score.
    public var minimum: Double { options.lazy.map(\.value).min() ?? 0 }
    /// Highest option value: the anchor for 100 on the 0–100 item score.
    public var maximum: Double { options.lazy.map(\.value).max() ?? 0 }
}

/// An answer that is offered but means "no answer" for scoring, such as "weet ik niet".
public struct MissingOption: Sendable, Equatable {
    public var code: String
    public var label: LocalizedText
}
