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
    public var scales: [Scale] { didSet { index = QuestionnaireIndex(self) } }
    public var bands: [Band]
    public var roleGroups: [RoleGroup]
    public var roles: [Role]
    public var referenceFigures: [ReferenceFigureSet]
    public var context: ContextModule? { didSet { index = QuestionnaireIndex(self) } }
    public var dimensions: [Dimension] { didSet { index = QuestionnaireIndex(self) } }
    /// Asked after the dimensions; nil when the questionnaire has none.
    public var knowledge: KnowledgeModule? { didSet { index = QuestionnaireIndex(self) } }
    /// The version of the same questionnaire id this one revises; its items and dimensions say
    /// with `continues` what stays comparable.
    public var continues: String?
    /// The questionnaire's word for the group that evaluates itself (`group:`); neutral by default.
    public var group: GroupNoun = .neutral
    /// Kept with the parts it is built from, so that looking up an answer's item or scale costs
    /// one hash rather than a walk: a researcher's pool asks it millions of times.
    var index = QuestionnaireIndex()

    public init(format: Int, id: String, version: String, languages: [String], title: LocalizedText,
                introduction: LocalizedText, privacy: LocalizedText, scales: [Scale], bands: [Band],
                roleGroups: [RoleGroup], roles: [Role], referenceFigures: [ReferenceFigureSet],
                context: ContextModule?, dimensions: [Dimension], knowledge: KnowledgeModule? = nil,
                continues: String? = nil) {
        self.format = format
        self.id = id
        self.version = version
        self.languages = languages
        self.title = title
        self.introduction = introduction
        self.privacy = privacy
        self.scales = scales
        self.bands = bands
        self.roleGroups = roleGroups
        self.roles = roles
        self.referenceFigures = referenceFigures
        self.context = context
        self.dimensions = dimensions
        self.knowledge = knowledge
        self.continues = continues
        self.index = QuestionnaireIndex(self)
    }

    public var defaultLanguage: String { languages.first ?? "nl" }

    public func scale(_ id: String) -> Scale? {
        index.scales[id]
    }

    public func dimension(_ id: String) -> Dimension? {
        dimensions.first { $0.id == id }
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

    /// The dimensions that make the overall score and the peer comparison: all but local ones.
    public var coreDimensions: [Dimension] { dimensions.filter { !$0.local } }

    /// Context items that are facts answered by one role, in the order asked.
    public var factItems: [ContextItem] { (context?.items ?? []).filter { $0.fact != nil } }

    /// The kind of a missing code given to item `itemID`; nil when the code is not one of its
    /// missing codes.
    public func missingKind(item itemID: String, code: String) -> MissingOption.Kind? {
        askedItem(itemID)?.missing.kind(of: code)
    }
}
