/// A dated remark on an action, such as why it was dropped; kept in the order written.
public struct ActionNote: Sendable, Equatable, Codable {
    /// "YYYY-MM-DD".
    public var date: String
    public var text: String

    public init(date: String, text: String) {
        self.date = date
        self.text = text
    }

    /// Whether `text` is a real calendar day written "YYYY-MM-DD".
    public static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              YearMonth(year: year, month: month) != nil, day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    public static func dateProblem(_ text: String) -> Phrase {
        Phrase(en: "'\(text)' is not a date; write it as YYYY-MM-DD, such as 2027-03-15",
               nl: "'\(text)' is geen datum; schrijf ze als JJJJ-MM-DD, zoals 2027-03-15")
    }
}
