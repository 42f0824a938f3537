/// A statistics table together with who is in it, so the release ledger can refuse a later
/// export whose group differs from an earlier one by fewer than k municipalities.
public struct Release: Sendable, Equatable {
    public var table: ExportTable
    /// Per released row group a readable label (`stats_dimensions:province=Limburg:2026:trust`,
    /// `stats_icc:2026:trust`, `stats_items:all`, `stats_reference:context.agreement`) and the
    /// `member` tokens of the rounds it was computed from.
    public var groups: [String: Set<String>]

    public init(table: ExportTable, groups: [String: Set<String>] = [:]) {
        self.table = table
        self.groups = groups
    }
}
