extension Collection where Element == UInt8, Index == Int {
    /// Where `needle` last starts, searched from the end: in a response file the lines looked for
    /// sit at its very start or end, and a byte comparison is far cheaper than a text search.
    func lastOffset(of needle: [UInt8]) -> Int? {
        guard let first = needle.first, count >= needle.count else { return nil }
        for start in stride(from: endIndex - needle.count, through: startIndex, by: -1)
        where self[start] == first && self[start..<start + needle.count].elementsEqual(needle) {
            return start
        }
        return nil
    }
}
