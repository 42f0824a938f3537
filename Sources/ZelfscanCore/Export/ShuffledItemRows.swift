/// The rows of `items.csv`: every released respondent numbered in a random order, so neither
/// the numbers nor the order of the rows tell which respondents sat in one cell. Holds one
/// 32-bit index per respondent beside the rounds' row codes; the rows are made as they are read.
struct ShuffledItemRows {
    private let parts: [ItemRowCodes]
    /// Index of the first respondent of each part, and the total at the end.
    private let starts: [Int]
    private let order: [Int32]
    private let alphabet: ItemRowCodes.Alphabet
    private let scratch: (any RoundScratch)?

    var count: Int { order.count }

    /// The shuffle draws from `random` as `Array.shuffle(using:)` on the respondents would, so
    /// a seeded generator gives the same numbering as before rows were streamed.
    init(_ parts: [ItemRowCodes], alphabet: ItemRowCodes.Alphabet, scratch: (any RoundScratch)?, random: inout some RandomNumberGenerator) {
        var starts = [0]
        for part in parts { starts.append(starts[starts.count - 1] + part.respondents) }
        var order = (0..<Int32(starts[starts.count - 1])).map { $0 }
        order.shuffle(using: &random)
        self.parts = parts
        self.starts = starts
        self.order = order
        self.alphabet = alphabet
        self.scratch = scratch
    }

    func forEachRow(_ body: ([ExportTable.Value]) throws -> Void) throws {
        for (number, index) in order.enumerated() {
            let respondent = Int(index)
            // The last part whose first respondent is at or before this one.
            var low = 0, high = parts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= respondent { low = middle } else { high = middle - 1 }
            }
            try parts[low].rows(of: respondent - starts[low], number: number + 1, alphabet: alphabet, scratch: scratch, body)
        }
    }
}
