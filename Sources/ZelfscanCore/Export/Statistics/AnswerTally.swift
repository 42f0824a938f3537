/// The counts `stats_items` releases, per item and possible answer, kept as one small array
/// per round so a streaming export can count where it reads and forget the responses.
public struct AnswerTally: Sendable, Equatable {
    /// Which answers are counted, and where each item's counts start.
    public struct Layout: Sendable {
        struct Entry: Sendable {
            var item: AskedItem
            /// Every possible answer, in the order the table lists them.
            var answers: [String]
            var start: Int
            var slots: [String: Int]
        }

        var entries: [Entry] = []
        var size = 0

        /// Scored items: each scale value, missing code, `skipped` and `not-shown`; single-choice
        /// context items: each option and missing code. Other context items are not counted.
        public init(questionnaire: Questionnaire, releasedItems: Set<String>) {
            for asked in questionnaire.allAskedItems where releasedItems.contains(asked.id) {
                let answers: [String]
                switch asked {
                case .scored(_, let scale, _):
                    answers = scale.options.map { ExportTable.decimal($0.value) } + scale.missing.map(\.code) + ["skipped", "not-shown"]
                case .context(let item):
                    guard item.kind == .single else { continue }
                    answers = item.options.map(\.code) + item.missing.map(\.code)
                }
                var slots: [String: Int] = [:]
                for (offset, answer) in answers.enumerated() where slots[answer] == nil { slots[answer] = size + offset }
                entries.append(Entry(item: asked, answers: answers, start: size, slots: slots))
                size += answers.count
            }
        }
    }

    /// Counts saturate at the largest UInt16: a round never holds that many respondents.
    private(set) var counts: [UInt16]

    public init(_ layout: Layout) {
        counts = Array(repeating: 0, count: layout.size)
    }

    /// Counts one respondent, whose answers and visibility `visibility` holds. An answer that is
    /// not among the item's possible answers is not counted (the table has no row for it).
    public mutating func add(_ visibility: Visibility, layout: Layout) {
        for entry in layout.entries {
            let code: String
            switch entry.item {
            case .scored(let item, _, _):
                switch ItemAnswerStatus.status(of: item.id, visibility: visibility) {
                case .answered(let value): code = ExportTable.decimal(value)
                case let status: code = status.code
                }
            case .context(let item):
                guard visibility.isShown(item.id) else { continue }
                switch visibility.answers[item.id] {
                case .choice(let chosen)?, .missing(let chosen)?: code = chosen
                default: continue
                }
            }
            if let slot = entry.slots[code], counts[slot] < .max { counts[slot] += 1 }
        }
    }

    /// Adds these counts to `totals` (one per slot of the layout): totals over a pool outgrow
    /// a round's UInt16.
    func add(into totals: inout [Int]) {
        for index in counts.indices where index < totals.count { totals[index] += Int(counts[index]) }
    }
}
