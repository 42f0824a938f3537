/// A round's `items.csv` rows in one byte per respondent and released item: an index into the
/// item's possible rows (each scale value answered, each missing code, `skipped`, `not-shown`,
/// `withheld`). A streaming export keeps these bytes from the moment a workspace is read until
/// the rows are written, instead of the responses or rows of text.
public struct ItemRowCodes: Sendable {
    /// The possible rows of every released item, in `ItemRelease.released` order.
    public struct Alphabet: Sendable {
        /// Per released item: its possible rows, as the table's item, value and status fields.
        let rows: [[[ExportTable.Value]]]
        let lookup: [[String: UInt8]]
        /// Per released item, the code of each answered scale value: found without making its key.
        let answered: [[(value: Double, code: UInt8)]]

        public init(questionnaire: Questionnaire, released: [String]) {
            let scales = Dictionary(questionnaire.allAskedItems.compactMap { asked -> (String, Scale)? in
                if case .scored(_, let scale, _) = asked { return (asked.id, scale) }
                return nil
            }, uniquingKeysWith: { first, _ in first })
            var rows: [[[ExportTable.Value]]] = []
            var lookup: [[String: UInt8]] = []
            var answered: [[(value: Double, code: UInt8)]] = []
            for item in released {
                var entries: [(key: String, row: ItemRelease.Row)] = []
                for option in scales[item]?.options ?? [] {
                    entries.append((Self.key(value: option.value, status: "answered"), ItemRelease.Row(item: item, value: option.value, status: "answered")))
                }
                for code in (scales[item]?.missing.map(\.code) ?? []) + ["skipped", "not-shown", ItemRelease.withheld] {
                    entries.append((Self.key(value: nil, status: code), ItemRelease.Row(item: item, value: nil, status: code)))
                }
                var index: [String: UInt8] = [:]
                for (position, entry) in entries.enumerated() where position < Int(ItemRowCodes.other) && index[entry.key] == nil {
                    index[entry.key] = UInt8(position)
                }
                rows.append(entries.map { ItemRowCodes.fields($0.row) })
                lookup.append(index)
                answered.append((scales[item]?.options ?? []).compactMap { option in
                    index[Self.key(value: option.value, status: "answered")].map { (option.value, $0) }
                })
            }
            self.rows = rows
            self.lookup = lookup
            self.answered = answered
        }

        /// The row's code, as `lookup` gives it for the row's key.
        func code(of row: ItemRelease.Row, at position: Int) -> UInt8? {
            if let value = row.value {
                if row.status == "answered", let known = answered[position].first(where: { $0.value == value }) { return known.code }
                return lookup[position][Self.key(value: value, status: row.status)]
            }
            return lookup[position][row.status]
        }

        static func key(value: Double?, status: String) -> String {
            value.map { "\(status)=\($0)" } ?? status
        }
    }

    /// The code of a row the alphabet does not hold; the row itself is kept in `others`.
    static let other: UInt8 = .max

    public private(set) var respondents = 0
    let width: Int
    /// The codes while respondents are appended; empty once they have been moved to a scratch.
    var codes: [UInt8] = []
    private var moved: KeptBytes?
    var others: [Int: [ExportTable.Value]] = [:]

    public init(width: Int) {
        self.width = width
    }

    /// Appends one respondent's rows, which hold the released items in alphabet order.
    public mutating func append(_ rows: [ItemRelease.Row], alphabet: Alphabet) {
        precondition(moved == nil, "a respondent appended after the codes were moved to a scratch")
        for (position, row) in rows.enumerated() {
            if position < alphabet.lookup.count, let code = alphabet.code(of: row, at: position) {
                codes.append(code)
            } else {
                others[codes.count] = Self.fields(row)
                codes.append(Self.other)
            }
        }
        respondents += 1
    }

    /// Moves the codes out of memory; no respondent can be appended after.
    public mutating func move(to scratch: any RoundScratch) throws {
        guard moved == nil else { return }
        var kept = KeptBytes(codes)
        try kept.move(to: scratch)
        moved = kept
        codes = []
    }

    /// The rows of respondent `index`, numbered `number`, as the table's values; `scratch` is
    /// where the codes were moved, if they were.
    public func rows(of index: Int, number: Int, alphabet: Alphabet, scratch: (any RoundScratch)?,
                     _ body: ([ExportTable.Value]) throws -> Void) throws {
        let start = index * width
        let respondent = try moved?.bytes(start..<start + width, scratch: scratch) ?? codes[start..<start + width]
        for position in 0..<width {
            let code = respondent[respondent.startIndex + position]
            let fields = code == Self.other ? others[start + position]! : alphabet.rows[position][Int(code)]
            try body([.integer(number)] + fields)
        }
    }

    static func fields(_ row: ItemRelease.Row) -> [ExportTable.Value] {
        [.text(row.item), row.value.map(ExportTable.Value.real) ?? .null, .text(row.status)]
    }
}
