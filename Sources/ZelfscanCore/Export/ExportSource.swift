/// One workspace handed to an export: its descriptors and every response it holds. The builder
/// keeps only what may leave the cell.
public struct ExportSource: Sendable, Equatable {
    public var workspace: Workspace
    public var responses: [Response]

    public init(workspace: Workspace, responses: [Response]) {
        self.workspace = workspace
        self.responses = responses
    }
}
