/// A cell result in a peer pool, with the descriptors needed to compare like with like.
public struct PeerEntry: Sendable, Equatable {
    public var cell: CellRound
    /// Nil when the workspace does not record one; such a cell only counts in the pool as a whole.
    public var cluster: BelfiusCluster?
    /// True for demo cells; a pool holding any is labelled synthetic.
    public var synthetic: Bool

    public init(cell: CellRound, cluster: BelfiusCluster?, synthetic: Bool? = nil) {
        self.cell = cell
        self.cluster = cluster
        self.synthetic = synthetic ?? cell.synthetic
    }

    public init(cell: CellRound, workspace: Workspace) {
        self.init(cell: cell, cluster: workspace.cluster, synthetic: workspace.synthetic || cell.synthetic)
    }
}
