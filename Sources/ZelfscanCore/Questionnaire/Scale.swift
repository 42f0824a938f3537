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
    /// Why there is no answer. "Not applicable" is not a knowledge gap: it never counts in a
    /// "don't know" rate.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case dontKnow = "dont-know"
        case notApplicable = "not-applicable"

        /// The code exports and codebooks use for an item answered with this kind.
        public var status: String {
            switch self {
            case .dontKnow: return "dk"
            case .notApplicable: return "na"
            }
        }
    }

    public var code: String
    public var label: LocalizedText
    /// Format 1 files know one kind only, "don't know".
    public var kind: Kind = .dontKnow
}

extension Array where Element == MissingOption {
    /// The kind of the missing code `code`; nil for a code that is not among them.
    public func kind(of code: String) -> MissingOption.Kind? {
        first { $0.code == code }?.kind
    }
}
