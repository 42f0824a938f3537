/// An export ready to be written: its data tables, codebook and summary, and the classes the
/// release ledger records. Writing files (CSV, SQLite, README, manifest) is the executable's job.
public struct AnonymisedExport: Sendable {
    public var summary: ExportSummary
    /// cells, items and the stats tables, in `ReleaseColumns.dataFiles` order.
    public var tables: [ExportTable]
    /// Every released class and aggregate group, with the ledger tokens of its municipalities.
    public var classes: [String: Set<String>]
    public var codebook: ExportCodebook

    public func table(_ name: String) -> ExportTable? { tables.first { $0.name == name } }

    /// The data tables and the codebook table, as written to CSV and SQLite.
    public var allTables: [ExportTable] { tables + [codebook.table(synthetic: summary.synthetic)] }
}
