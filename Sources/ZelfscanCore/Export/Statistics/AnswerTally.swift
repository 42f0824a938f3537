/// The counts `stats_items` releases, per item and possible answer, kept as one small array
/// per round so a streaming export can count where it reads and forget the responses.
public struct AnswerTally: Sendable, Equatable {
    /// Which answers are counted, and where each item's counts start.
    public struct Layout: Sendable {
        struct Entry: Sendable {
            var id: String
            var scored: Bool
            /// Every possible answer, in the order the table lists them.
            var answers: [String]
            var start: Int
            var slots: [String: Int]
            /// A scored item's scale values and their slots, so an answer is counted without
            /// writing it out as text; the slots are those of the values' text in `slots`.
            var values: [(value: Double, slot: Int)] = []
            var notShown: Int?
            var skipped: Int?
        }

        var entries: [Entry] = []
        var size = 0

        /// Scored items: each scale value, missing code, `skipped` and `not-shown`; single-choice
        /// context items: each option and missing code. Other context items are not counted.
        public init(questionnaire: Questionnaire, releasedItems: Set<String>) {
            for asked in questionnaire.allAskedItems where releasedItems.contains(asked.id) {
                let answers: [String]
                var scale: Scale?
                switch asked {
                case .scored(_, let itemScale, _):
                    scale = itemScale
                    answers = itemScale.options.map { ExportTable.decimal($0.value) } + itemScale.missing.map(\.code) + ["skipped", "not-shown"]
                case .context(let item):
                    guard item.kind == .single else { continue }
                    answers = item.options.map(\.code) + item.missing.map(\.code)
                }
                var slots: [String: Int] = [:]
                for (offset, answer) in answers.enumerated() where slots[answer] == nil { slots[answer] = size + offset }
                var entry = Entry(id: asked.id, scored: scale != nil, answers: answers, start: size, slots: slots)
                if let scale {
                    entry.values = scale.options.compactMap { option in slots[ExportTable.decimal(option.value)].map { (option.value, $0) } }
                    entry.notShown = slots["not-shown"]
                    entry.skipped = slots["skipped"]
                }
                entries.append(entry)
                size += answers.count
            }
        }
    }

    /// One byte per count while every count fits (a round has a dozen or so respondents), two
    /// from the first count above 255: an export keeps a tally for every round of the pool.
    private enum Counts: Sendable {
        case narrow([UInt8])
        case wide([UInt16])

        subscript(slot: Int) -> Int {
            switch self {
            case .narrow(let counts): return Int(counts[slot])
            case .wide(let counts): return Int(counts[slot])
            }
        }

        var count: Int {
            switch self {
            case .narrow(let counts): return counts.count
            case .wide(let counts): return counts.count
            }
        }

        /// Adds one; counts saturate at the largest UInt16, which a round never reaches.
        mutating func increment(_ slot: Int) {
            switch self {
            case .narrow(var counts):
                // Emptied first, so `counts` is the array's only reference and is changed in place.
                self = .narrow([])
                if counts[slot] < .max {
                    counts[slot] += 1
                    self = .narrow(counts)
                } else {
                    var wide = counts.map(UInt16.init)
                    wide[slot] += 1
                    self = .wide(wide)
                }
            case .wide(var counts):
                self = .wide([])
                if counts[slot] < .max { counts[slot] += 1 }
                self = .wide(counts)
            }
        }
    }

    private var counts: Counts

    public init(_ layout: Layout) {
        counts = .narrow(Array(repeating: 0, count: layout.size))
    }

    public static func == (lhs: AnswerTally, rhs: AnswerTally) -> Bool {
        lhs.counts.count == rhs.counts.count && (0..<lhs.counts.count).allSatisfy { lhs.counts[$0] == rhs.counts[$0] }
    }

    /// The counts as bytes for a `RoundScratch`: a first byte saying one or two bytes per count,
    /// then the counts (two bytes little-endian).
    var bytes: [UInt8] {
        switch counts {
        case .narrow(let counts): return [1] + counts
        case .wide(let counts): return [2] + counts.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
        }
    }

    /// The tally `bytes` gave.
    init(bytes: ArraySlice<UInt8>) {
        let counts = bytes.dropFirst()
        if bytes.first == 2 {
            self.counts = .wide(stride(from: counts.startIndex, to: counts.endIndex - 1, by: 2).map { UInt16(counts[$0]) | UInt16(counts[$0 + 1]) << 8 })
        } else {
            self.counts = .narrow(Array(counts))
        }
    }

    /// Counts one respondent, whose answers and visibility `visibility` holds. An answer that is
    /// not among the item's possible answers is not counted (the table has no row for it).
    public mutating func add(_ visibility: Visibility, layout: Layout) {
        for entry in layout.entries {
            let slot: Int?
            if entry.scored {
                // As `ItemAnswerStatus.status(of:visibility:)` classifies it, without making text.
                if !visibility.isShown(entry.id) {
                    slot = entry.notShown
                } else {
                    switch visibility.answers[entry.id] {
                    case .scale(let value)?:
                        slot = entry.values.first { $0.value == value }?.slot ?? entry.slots[ExportTable.decimal(value)]
                    case .missing(let code)?:
                        slot = entry.slots[code]
                    default:
                        slot = entry.skipped
                    }
                }
            } else {
                guard visibility.isShown(entry.id) else { continue }
                switch visibility.answers[entry.id] {
                case .choice(let chosen)?, .missing(let chosen)?: slot = entry.slots[chosen]
                default: continue
                }
            }
            if let slot { counts.increment(slot) }
        }
    }

    /// Adds these counts to `totals` (one per slot of the layout): totals over a pool outgrow
    /// a round's UInt16.
    func add(into totals: inout [Int]) {
        for index in 0..<min(counts.count, totals.count) { totals[index] += counts[index] }
    }
}
