/// What an outsider could know about a municipality and link to an export row: its Belfius group,
/// province and cell level, and the year. Nil means unknown, or removed by coarsening.
public struct QuasiIdentifiers: Sendable, Hashable, Comparable {
    public var group: String?
    public var province: String?
    public var level: String?
    public var year: Int

    public init(group: String?, province: String?, level: String?, year: Int) {
        self.group = group
        self.province = province
        self.level = level
        self.year = year
    }

    /// The identifiers left after `coarsening`; nil once suppressed.
    public func coarsened(_ coarsening: Coarsening) -> QuasiIdentifiers? {
        switch coarsening {
        case .none: return self
        case .province: return QuasiIdentifiers(group: group, province: nil, level: level, year: year)
        case .provinceAndLevel: return QuasiIdentifiers(group: group, province: nil, level: nil, year: year)
        case .suppressed: return nil
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.group ?? "", lhs.province ?? "", lhs.level ?? "") < (rhs.year, rhs.group ?? "", rhs.province ?? "", rhs.level ?? "")
    }
}

/// How far a cell round's identifiers were generalised to reach k, in the order they are applied.
public enum Coarsening: Int, Sendable, Comparable, CaseIterable {
    case none = 0
    /// Province removed.
    case province = 1
    /// Province and level removed.
    case provinceAndLevel = 2
    /// Left out of the export.
    case suppressed = 3

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
