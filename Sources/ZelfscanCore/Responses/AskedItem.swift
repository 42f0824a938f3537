/// An item as a respondent meets it: a scored statement on a scale, or an unscored context question.
public enum AskedItem: Sendable, Equatable {
    case scored(Item, Scale, dimension: Dimension)
    case context(ContextItem)

    public var id: String {
        switch self {
        case .scored(let item, _, _): return item.id
        case .context(let item): return item.id
        }
    }

    /// When the item is asked; nil for always.
    public var showIf: Condition? {
        switch self {
        case .scored(let item, _, _): return item.showIf
        case .context(let item): return item.showIf
        }
    }

    public var missing: [MissingOption] {
        switch self {
        case .scored(_, let scale, _): return scale.missing
        case .context(let item): return item.missing
        }
    }
}

extension Questionnaire {
    /// Every item in the order asked, with what is needed to ask and check it.
    public var allAskedItems: [AskedItem] { index.items }

    public func askedItem(_ id: String) -> AskedItem? {
        index.positions[id].map { index.items[$0] }
    }
}
