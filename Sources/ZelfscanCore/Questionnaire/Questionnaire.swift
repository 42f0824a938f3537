/// A validated questionnaire: everything needed to administer, score and report it.
public struct Questionnaire: Sendable, Equatable {
    public var format: Int
    public var id: String
    public var version: String
    /// Declared languages; the first is the default.
    public var languages: [String]
    public var title: LocalizedText
    public var introduction: LocalizedText
    public var privacy: LocalizedText
    public var scales: [Scale]
    public var bands: [Band]
    public var roleGroups: [RoleGroup]
    public var roles: [Role]
    public var referenceFigures: [ReferenceFigureSet]
    public var context: ContextModule?
    public var dimensions: [Dimension]

    public var defaultLanguage: String { languages.first ?? "nl" }

    public func scale(_ id: String) -> Scale? {
        scales.first { $0.id == id }
    }

    public func role(_ id: String) -> Role? {
        roles.first { $0.id == id }
    }

    public func figure(_ reference: FigureReference) -> (set: ReferenceFigureSet, figure: ReferenceFigure)? {
        guard let set = referenceFigures.first(where: { $0.id == reference.source }),
              let figure = set.figure(reference.figure) else { return nil }
        return (set, figure)
    }

    /// Every scored item in the order asked.
    public var scoredItems: [Item] { dimensions.flatMap(\.items) }
}
