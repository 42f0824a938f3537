/// A context item whose answer is a fact about the whole cell (does a written agreement exist?),
/// declared by the questionnaire so an export can release it once per cell round, in categories
/// coarse enough to stay k-anonymous, instead of every member's answer.
public struct CellFact: Sendable, Equatable {
    /// Category codes an export may never use for a fact: they mean something else in its files.
    public static let reservedCategories: Set<String> = ["removed", "undetermined", "unknown", "all", "other"]

    /// Option code → category, in option order.
    public var categories: [(option: String, category: String)]
    /// Category → coarser category, the next step before the fact is removed; empty when the
    /// questionnaire declares none.
    public var coarse: [(category: String, coarse: String)]

    public init(categories: [(option: String, category: String)], coarse: [(category: String, coarse: String)] = []) {
        self.categories = categories
        self.coarse = coarse
    }

    public func category(of option: String) -> String? { categories.first { $0.option == option }?.category }

    public func coarse(of category: String) -> String? { coarse.first { $0.category == category }?.coarse }

    /// Distinct categories in option order.
    public var categoryCodes: [String] { categories.map(\.category).uniqued() }

    /// Distinct coarse categories in category order.
    public var coarseCodes: [String] { coarse.map(\.coarse).uniqued() }

    public static func == (lhs: CellFact, rhs: CellFact) -> Bool {
        lhs.categories.map { [$0.option, $0.category] } == rhs.categories.map { [$0.option, $0.category] }
            && lhs.coarse.map { [$0.category, $0.coarse] } == rhs.coarse.map { [$0.category, $0.coarse] }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
