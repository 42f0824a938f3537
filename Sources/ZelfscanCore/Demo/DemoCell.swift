/// One generated cell: its workspace and the responses of every round, all marked synthetic.
public struct DemoCell: Sendable, Equatable {
    public var workspace: Workspace
    /// Every round, drafts included, ordered by year and respondent code.
    public var responses: [Response]
}
