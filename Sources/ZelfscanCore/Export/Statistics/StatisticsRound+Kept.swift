/// A round's means, spreads, reference majorities and answer counts are needed only when their
/// own table is made (the cell panel and the ICC a year at a time, the reference for each
/// cell's latest round, the counts one round after another), so an export keeps them in its
/// `RoundScratch` until then: about half of what a round took in memory (docs/performance.md).
extension StatisticsRound {
    /// Moves the means, the spreads, the majorities and the counts out of memory.
    mutating func moveDetails(to scratch: any RoundScratch) throws {
        guard kept == nil else { return }
        var bytes: [UInt8] = []
        for position in 0..<means.count {
            guard let mean = means[position: position] else {
                bytes.append(0)
                continue
            }
            bytes.append(1)
            Self.append(mean.bitPattern, to: &bytes)
        }
        for position in 0..<spreads.count {
            guard let spread = spreads[position: position] else {
                bytes.append(0)
                continue
            }
            bytes.append(1)
            Self.append(UInt64(bitPattern: Int64(spread.count)), to: &bytes)
            Self.append(spread.mean.bitPattern, to: &bytes)
            Self.append(spread.squares.bitPattern, to: &bytes)
        }
        let held = heldText.map { Array($0.utf8) }
        bytes.append(held == nil ? 0 : 1)
        Self.append(UInt64(held?.count ?? 0), to: &bytes)
        bytes += held ?? []
        bytes += tally?.bytes ?? []
        var kept = KeptBytes(bytes)
        try kept.move(to: scratch)
        self.kept = kept
        means = means.emptied
        spreads = spreads.emptied
        heldText = nil
        tally = nil
    }

    /// The round with its means, spreads, majorities and counts in memory again; itself when they
    /// never left. `scratch` is where they were moved.
    func loaded(scratch: (any RoundScratch)?) throws -> StatisticsRound {
        guard let kept else { return self }
        let bytes = try kept.bytes(0..<kept.count, scratch: scratch)
        var at = bytes.startIndex
        func byte() -> UInt8 {
            defer { at += 1 }
            return bytes[at]
        }
        func word() -> UInt64 {
            var value: UInt64 = 0
            for shift in 0..<8 { value |= UInt64(byte()) << (8 * UInt64(shift)) }
            return value
        }
        var round = self
        round.kept = nil
        for position in 0..<means.count {
            guard byte() == 1 else { continue }
            round.means[position: position] = Double(bitPattern: word())
        }
        for position in 0..<spreads.count {
            guard byte() == 1 else { continue }
            var spread = ScoreSpread([])
            spread.count = Int(Int64(bitPattern: word()))
            spread.mean = Double(bitPattern: word())
            spread.squares = Double(bitPattern: word())
            round.spreads[position: position] = spread
        }
        let hasHeld = byte() == 1
        let heldCount = Int(word())
        round.heldText = hasHeld ? String(decoding: bytes[at..<at + heldCount], as: UTF8.self) : nil
        at += heldCount
        round.tally = at < bytes.endIndex ? AnswerTally(bytes: bytes[at...]) : nil
        return round
    }

    private static func append(_ word: UInt64, to bytes: inout [UInt8]) {
        for shift in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(shift)))) }
    }
}
