/// One workspace handed to an export: its descriptors and every response it holds. The builder
/// keeps only what may leave the cell: of the action plans, counts per dimension and status.
public struct ExportSource: Sendable, Equatable {
    public var workspace: Workspace
    public var responses: [Response]
    /// The plans agreed after its rounds (`plans/plan-YYYY.yaml`).
    public var plans: [ActionPlan]

    public init(workspace: Workspace, responses: [Response], plans: [ActionPlan] = []) {
        self.workspace = workspace
        self.responses = responses
        self.plans = plans
    }
}
