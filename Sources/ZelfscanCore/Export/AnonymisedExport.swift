/// An export ready to be written: its data tables, codebook and summary. Writing files (CSV,
/// SQLite, README) is the executable's job.
public struct AnonymisedExport: Sendable, Equatable {
    public var summary: ExportSummary
    public var plan: KAnonymityPlan
    /// responses_long, responses_wide, scores.
    public var tables: [ExportTable]
    public var codebook: ExportCodebook

    public func table(_ name: String) -> ExportTable? { tables.first { $0.name == name } }

    /// The data tables and the codebook table, as written to CSV and SQLite.
    public var allTables: [ExportTable] { tables + [codebook.table(synthetic: summary.synthetic)] }
}
