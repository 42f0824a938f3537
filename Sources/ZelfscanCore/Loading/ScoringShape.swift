/// What makes the scores of two questionnaire files comparable: their core dimensions (not the
/// local ones), with the same statements, scales, weights, reverse keying and coverage, and the
/// same ones in the overall score. Two files
/// with one id and version are normally the same file; a coach who edits a file without giving it
/// a new version (the coach trial's P3) gets a different hash, and only this tells whether the
/// overall scores and the peer comparison still mean the same.
public struct ScoringShape: Sendable, Equatable {
    struct ItemShape: Sendable, Equatable {
        var id: String
        var reverse: Bool
        var weight: Double
        var minimum: Double
        var maximum: Double
    }

    struct DimensionShape: Sendable, Equatable {
        var id: String
        /// Whether it counts in the overall score (`overall: false` keeps it out).
        var inOverall: Bool
        var minCoverage: Double
        var items: [ItemShape]
    }

    var dimensions: [DimensionShape]

    public init(_ questionnaire: Questionnaire) {
        dimensions = questionnaire.coreDimensions.map { dimension in
            DimensionShape(id: dimension.id, inOverall: dimension.inOverall, minCoverage: dimension.minCoverage, items: dimension.items.map { item in
                let scale = questionnaire.scale(item.scale)
                return ItemShape(id: item.id, reverse: item.reverse, weight: item.weight,
                                 minimum: scale?.minimum ?? 0, maximum: scale?.maximum ?? 0)
            })
        }
    }

    /// How `other` differs from this shape, in words; nil when the scores are comparable.
    public func difference(to other: ScoringShape) -> Phrase? {
        guard self != other else { return nil }
        let mine = dimensions.map(\.id)
        let theirs = other.dimensions.map(\.id)
        let extra = theirs.filter { !mine.contains($0) }
        let lacking = mine.filter { !theirs.contains($0) }
        if !extra.isEmpty || !lacking.isEmpty {
            let parts = [extra.isEmpty ? nil : Phrase(en: "core dimensions only in it: \(extra.joined(separator: ", "))",
                                                      nl: "kerndimensies die alleen zij heeft: \(extra.joined(separator: ", "))"),
                         lacking.isEmpty ? nil : Phrase(en: "core dimensions it lacks: \(lacking.joined(separator: ", "))",
                                                        nl: "kerndimensies die ze mist: \(lacking.joined(separator: ", "))")].compactMap { $0 }
            return Phrase(en: parts.map(\.en).joined(separator: "; "), nl: parts.map(\.nl).joined(separator: "; "))
        }
        let changed = zip(dimensions, other.dimensions).filter { $0 != $1 }.map(\.0.id)
        let list = changed.isEmpty ? theirs.joined(separator: ", ") : changed.joined(separator: ", ")
        return Phrase(en: "the statements, scales, weights, coverage or place in the overall score of \(list) differ",
                      nl: "de stellingen, schalen, gewichten, dekking of plaats in de totaalscore van \(list) verschillen")
    }
}
