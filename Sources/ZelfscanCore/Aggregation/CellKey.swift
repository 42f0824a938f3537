/// A round of one cell: the municipality as the workspace writes it, and the year.
public struct CellKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var municipality: String
    public var year: Int

    public init(municipality: String, year: Int) {
        self.municipality = municipality
        self.year = year
    }

    public var description: String { "\(municipality) \(year)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.municipality, lhs.year) < (rhs.municipality, rhs.year)
    }
}
