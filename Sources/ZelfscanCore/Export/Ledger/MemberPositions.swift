/// The members of one class in a ledger of format 2: their positions in the release's member
/// list, from 0, ascending, runs written as ranges (`0-1199`, `3 17 40-44 1002`). A group that
/// holds every municipality costs a few bytes instead of a token per municipality.
enum MemberPositions {
    /// Why a class's text is not a list of positions; `item` counts the space-separated items from 1.
    enum Problem: Error, Equatable {
        /// Not a whole number or a range `low-high` of whole numbers.
        case notAPosition(item: Int)
        /// A position at or past the end of the member list; its digits, shortened if very long.
        case beyondMembers(item: Int, position: String, count: Int)
        case reversedRange(item: Int, low: Int, high: Int)
        /// A position already given by an earlier item.
        case repeated(item: Int, position: Int)
        /// An item below an earlier one that does not overlap it.
        case notAscending(item: Int, position: Int, previous: Int)
    }

    /// A release's members in the order that keeps its classes in few ranges: by the classes
    /// they belong to (members of the first label first, then within that of the second, and so
    /// on), then by token. Tokens are hashes, so in plain token order a group of 300 of 1,200
    /// cells is some 250 scattered positions; in this order the groups of one grouping, which
    /// share their members across years and statistics, are each a range or a few.
    static func order(_ classes: [String: Set<String>], labels: [String]) -> [String] {
        let members = classes.values.reduce(into: Set<String>()) { $0.formUnion($1) }.sorted()
        var index: [String: Int] = [:]
        index.reserveCapacity(members.count)
        for (position, token) in members.enumerated() { index[token] = position }
        let words = (labels.count + 63) / 64
        var membership = [UInt64](repeating: 0, count: members.count * words)
        for (number, label) in labels.enumerated() {
            for token in classes[label, default: []] {
                membership[index[token]! * words + number / 64] |= 1 << UInt64(63 - number % 64)
            }
        }
        let ordered = members.indices.sorted { left, right in
            for word in 0..<words where membership[left * words + word] != membership[right * words + word] {
                return membership[left * words + word] > membership[right * words + word]
            }
            return left < right
        }
        return ordered.map { members[$0] }
    }

    /// The text for ascending, distinct positions.
    static func text(_ positions: [Int]) -> String {
        var pieces: [String] = []
        var index = 0
        while index < positions.count {
            var end = index
            while end + 1 < positions.count && positions[end + 1] == positions[end] + 1 { end += 1 }
            pieces.append(end == index ? String(positions[index]) : "\(positions[index])-\(positions[end])")
            index = end + 1
        }
        return pieces.joined(separator: " ")
    }

    /// The ranges a class's text names, each within `0..<memberCount`, ascending and apart; the
    /// first problem otherwise. Items are separated by spaces; nothing is one empty class.
    static func parse(_ text: String, memberCount: Int) -> Result<[ClosedRange<Int>], Problem> {
        var ranges: [ClosedRange<Int>] = []
        var item = 0
        // Item by item, stopping at the first problem: splitting a class's whole text first
        // would build a list of every item of a damaged class before looking at one.
        let bytes = text.utf8, space = UInt8(ascii: " ")
        var start = bytes.startIndex
        while start < bytes.endIndex {
            guard bytes[start] != space else {
                start = bytes.index(after: start)
                continue
            }
            let end = bytes[start...].firstIndex(of: space) ?? bytes.endIndex
            let piece = bytes[start..<end]
            start = end
            item += 1
            let ends = piece.split(separator: UInt8(ascii: "-"), maxSplits: 1, omittingEmptySubsequences: false)
            guard ends.allSatisfy(isDigits) else { return .failure(.notAPosition(item: item)) }
            var values: [Int] = []
            for end in ends {
                guard let value = number(end), value < memberCount else {
                    return .failure(.beyondMembers(item: item, position: shortened(end), count: memberCount))
                }
                values.append(value)
            }
            let low = values[0], high = values[values.count - 1]
            guard low <= high else { return .failure(.reversedRange(item: item, low: low, high: high)) }
            if let last = ranges.last, low <= last.upperBound {
                return .failure(low >= last.lowerBound ? .repeated(item: item, position: low)
                                                       : .notAscending(item: item, position: low, previous: last.lowerBound))
            }
            ranges.append(low...high)
        }
        return .success(ranges)
    }

    private static func isDigits(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// The value of ASCII digits, or nil past 18 digits after leading zeros (beyond any member list).
    private static func number(_ digits: Substring.UTF8View.SubSequence) -> Int? {
        let significant = digits.drop { $0 == UInt8(ascii: "0") }
        guard significant.count <= 18 else { return nil }
        return significant.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    private static func shortened(_ digits: Substring.UTF8View.SubSequence) -> String {
        let text = String(decoding: digits.prefix(12), as: UTF8.self)
        return digits.count > 12 ? text + "…" : text
    }
}

extension MemberPositions.Problem {
    /// The message for the class `label` of `release`; it quotes digits only, never the text,
    /// which someone may have replaced by a name.
    func text(label: String, release: Phrase) -> Phrase {
        let of = Phrase(en: "of '\(label)' in \(release.en)", nl: "van '\(label)' in \(release.nl)")
        switch self {
        case .notAPosition(let item):
            return Phrase(en: "item \(item) of the positions \(of.en) is not a position (a whole number from 0) or a range (such as 40-44)",
                          nl: "element \(item) van de posities \(of.nl) is geen positie (een geheel getal vanaf 0) of bereik (zoals 40-44)")
        case .beyondMembers(let item, let position, let count):
            let list = count == 0 ? Phrase(en: "its member list is empty", nl: "zijn ledenlijst is leeg")
                                  : Phrase(en: "its member list has positions 0 to \(count - 1)", nl: "zijn ledenlijst heeft de posities 0 tot en met \(count - 1)")
            return Phrase(en: "item \(item) of the positions \(of.en), \(position), is past the end of the release's members: \(list.en)",
                          nl: "element \(item) van de posities \(of.nl), \(position), ligt voorbij het einde van de leden van de vrijgave: \(list.nl)")
        case .reversedRange(let item, let low, let high):
            return Phrase(en: "item \(item) of the positions \(of.en), \(low)-\(high), runs backwards: a range is written low-high",
                          nl: "element \(item) van de posities \(of.nl), \(low)-\(high), loopt achteruit: een bereik schrijf je laag-hoog")
        case .repeated(let item, let position):
            return Phrase(en: "item \(item) of the positions \(of.en) gives position \(position) a second time",
                          nl: "element \(item) van de posities \(of.nl) geeft positie \(position) een tweede keer")
        case .notAscending(let item, let position, let previous):
            return Phrase(en: "item \(item) of the positions \(of.en), \(position), comes after \(previous): positions ascend",
                          nl: "element \(item) van de posities \(of.nl), \(position), staat na \(previous): posities lopen op")
        }
    }

    static let hint = Phrase(en: "restore the ledger from your copy; by hand, write each position once, from 0, ascending, separated by spaces, runs as low-high (such as 0-4 7 12-20)",
                             nl: "zet het logboek terug uit je kopie; met de hand schrijf je elke positie één keer, vanaf 0, oplopend, gescheiden door spaties, reeksen als laag-hoog (zoals 0-4 7 12-20)")
}
