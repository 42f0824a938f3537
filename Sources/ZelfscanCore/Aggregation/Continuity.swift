/// What stays comparable between two versions of a questionnaire (`docs/scoring.md`, continuity
/// rule): per dimension of the later version, the earlier dimension it continues and the pairs of
/// items that ask the same statement in both. A dimension without such items is a break.
public struct Continuity: Sendable, Equatable {
    public struct ItemLink: Sendable, Equatable {
        public var later: String
        public var earlier: String
    }

    public struct DimensionLink: Sendable, Equatable {
        public var later: String
        public var earlier: String
        /// In the later version's order; never empty.
        public var items: [ItemLink]
        /// Every item of both dimensions is linked: the whole dimension is comparable.
        public var complete: Bool
    }

    public var earlierVersion: String
    public var laterVersion: String
    /// The same version on both sides: every score compares as it is.
    public var sameVersion: Bool
    /// In the later version's order; local modules never appear.
    public var dimensions: [DimensionLink]

    /// Nil for questionnaires of different ids, or for a later version that does not say it
    /// continues the earlier one.
    public init?(earlier: Questionnaire, later: Questionnaire) {
        guard earlier.id == later.id else { return nil }
        earlierVersion = earlier.version
        laterVersion = later.version
        sameVersion = earlier.version == later.version
        if sameVersion {
            dimensions = later.coreDimensions.map { dimension in
                DimensionLink(later: dimension.id, earlier: dimension.id,
                              items: dimension.items.map { ItemLink(later: $0.id, earlier: $0.id) }, complete: true)
            }
            return
        }
        guard later.continues == earlier.version else { return nil }
        dimensions = later.coreDimensions.compactMap { dimension in
            guard let earlierID = dimension.continues,
                  let before = earlier.coreDimensions.first(where: { $0.id == earlierID }) else { return nil }
            let earlierItems = Set(before.items.map(\.id))
            let links = dimension.items.compactMap { item in
                item.continues.flatMap { earlierItems.contains($0) ? ItemLink(later: item.id, earlier: $0) : nil }
            }
            guard !links.isEmpty else { return nil }
            let complete = links.count == dimension.items.count && links.count == before.items.count
            return DimensionLink(later: dimension.id, earlier: earlierID, items: links, complete: complete)
        }
    }

    public func link(_ laterDimension: String) -> DimensionLink? {
        dimensions.first { $0.later == laterDimension }
    }
}
