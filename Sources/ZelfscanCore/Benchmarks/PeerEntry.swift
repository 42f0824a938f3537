/// A cell result in a peer pool, with the descriptors needed to compare like with like.
public struct PeerEntry: Sendable, Equatable {
    public var cell: CellRound
    /// Nil when the workspace does not record one, or when the cell comes from an export.
    public var cluster: BelfiusCluster?
    /// The Belfius group, from the cluster or, for a cell known from an export, from its row.
    /// Nil when unknown; such a cell only counts in the pool as a whole.
    public var group: BelfiusCluster.Group?
    /// True for demo cells; a pool holding any is labelled synthetic.
    public var synthetic: Bool

    public init(cell: CellRound, cluster: BelfiusCluster?, synthetic: Bool? = nil) {
        self.cell = cell
        self.cluster = cluster
        self.group = cluster?.group
        self.synthetic = synthetic ?? cell.synthetic
    }

    public init(cell: CellRound, workspace: Workspace) {
        self.init(cell: cell, cluster: workspace.cluster, synthetic: workspace.synthetic || cell.synthetic)
    }

    /// A cell known only by its aggregates, as an anonymised export holds it: a random cell id in
    /// place of the municipality, and the cell's dimension means (nil: insufficient data).
    public init(cellID: String, year: Int, questionnaire: Questionnaire, group: BelfiusCluster.Group?,
                means: [String: Double], respondents: [String: Int], overall: Double?, synthetic: Bool) {
        let dimensions = questionnaire.dimensions.map { dimension in
            var result = CellDimensionResult(dimensionID: dimension.id, mean: means[dimension.id], n: respondents[dimension.id] ?? 0,
                                             bands: questionnaire.bands)
            result.local = dimension.local
            result.countsInOverall = dimension.countsInOverall
            return result
        }
        self.cell = CellRound(municipality: cellID, year: year, questionnaireID: questionnaire.id,
                              questionnaireVersion: questionnaire.version, synthetic: synthetic, respondents: [],
                              dimensions: dimensions, items: [], roleGroups: [], overall: overall,
                              overallBand: overall.flatMap { questionnaire.bands.band(for: $0)?.code })
        self.cluster = nil
        self.group = group
        self.synthetic = synthetic
    }
}
