/// A due month, "YYYY-MM": actions in a cell are planned by the month, not the day.
public struct YearMonth: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    /// Nil unless `year` is 2018–2100 and `month` 1–12.
    public init?(year: Int, month: Int) {
        guard (2018...2100).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Reads exactly "YYYY-MM" (also "YYYY-M"), nothing looser, so a typo is never taken for a month.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        self.init(year: year, month: month)
    }

    public var description: String {
        let month = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(month)"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }

    public static func problem(_ text: String) -> Phrase {
        Phrase(en: "'\(text)' is not a month; write it as YYYY-MM, such as 2027-03",
               nl: "'\(text)' is geen maand; schrijf ze als JJJJ-MM, zoals 2027-03")
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = YearMonth(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: Self.problem(text).en))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
