/// An export decided but not yet written: the summary, the ledger's classes and the codebook
/// are final, the small tables are in memory, and `items` makes its rows as it is written.
public struct ExportPlan {
    public var summary: ExportSummary
    /// cells, items and the stats tables, in `ReleaseColumns.dataFiles` order.
    public var tables: [ExportTableSource]
    /// Every released class and aggregate group, with the ledger tokens of its municipalities.
    public var classes: [String: Set<String>]
    public var codebook: ExportCodebook

    /// The data tables and the codebook table, as written to CSV and SQLite.
    public var allTables: [ExportTableSource] { tables + [ExportTableSource(codebook.table(synthetic: summary.synthetic))] }

    /// The whole export in memory.
    public func materialised() -> AnonymisedExport {
        AnonymisedExport(summary: summary, tables: tables.map { $0.materialised() }, classes: classes, codebook: codebook)
    }
}

extension AnonymisedExport {
    /// The same export as a plan, for the writer.
    public var plan: ExportPlan {
        ExportPlan(summary: summary, tables: tables.map(ExportTableSource.init), classes: classes, codebook: codebook)
    }
}
