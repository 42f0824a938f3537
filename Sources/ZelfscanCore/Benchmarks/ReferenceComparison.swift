/// A cell's answers to a context question beside the published figure it is linked to, with the
/// source, so a cell can read its own situation against the member survey.
public struct ReferenceComparison: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// An option code of the item, also a category of the figure.
        public var category: String
        /// Respondents who chose it.
        public var count: Int
        /// Share (0–1) of the respondents who answered (missing codes left out); nil if none did.
        public var share: Double?
        /// The published percentage; nil when the source gives none for this option.
        public var figurePercent: Double?
        /// The source gave words rather than this percentage.
        public var approximate: Bool
    }

    public var itemID: String
    public var figure: FigureReference
    /// E.g. "VVSG 2022, Figuur 8".
    public var sourceLabel: String
    public var sourceTitle: String
    /// The figure's n where the source prints one.
    public var figureN: Int?
    /// Made-up reference figures; reports must label them.
    public var synthetic: Bool
    /// Respondents shown the item.
    public var shown: Int
    /// Respondents who gave an answer other than a missing code.
    public var answered: Int
    /// Every option of the item, in the item's order.
    public var rows: [Row]
    /// Categories the source reports that the item does not offer, with their percentages.
    public var otherValues: [ReferenceFigure.Value]

    /// One comparison per context item with a `benchmark`, from the submitted responses; items
    /// whose figure cannot be found are left out (the loader reports them).
    public static func all(questionnaire: Questionnaire, responses: [Response]) -> [ReferenceComparison] {
        let visibilities = responses.filter { $0.status == .submitted }.map {
            Visibility(questionnaire: questionnaire, role: $0.role, answers: $0.answers)
        }
        return (questionnaire.context?.items ?? []).compactMap { item in
            guard let reference = item.benchmark, let found = questionnaire.figure(reference) else { return nil }
            return ReferenceComparison(item: item, reference: reference, set: found.set, figure: found.figure,
                                       visibilities: visibilities)
        }
    }

    init(item: ContextItem, reference: FigureReference, set: ReferenceFigureSet, figure: ReferenceFigure,
         visibilities: [Visibility]) {
        let seen = visibilities.filter { $0.isShown(item.id) }
        let answers = seen.compactMap { $0.answers[item.id] }.filter(\.isAnswer)
        self.itemID = item.id
        self.figure = reference
        self.sourceLabel = "\(set.source.publisher) \(set.source.year), \(figure.table)"
        self.sourceTitle = set.source.title
        self.figureN = figure.n
        self.synthetic = set.synthetic
        self.shown = seen.count
        self.answered = answers.count
        self.rows = item.options.map { option in
            let count = answers.filter { Self.answer($0, chose: option.code) }.count
            let published = figure.values.first { $0.category == option.code }
            return Row(category: option.code, count: count,
                       share: answers.isEmpty ? nil : Double(count) / Double(answers.count),
                       figurePercent: published?.percent, approximate: published?.approximate ?? false)
        }
        self.otherValues = figure.otherValues
    }

    private static func answer(_ answer: Answer, chose code: String) -> Bool {
        switch answer {
        case .choice(let chosen): return chosen == code
        case .choices(let chosen): return chosen.contains(code)
        default: return false
        }
    }
}
