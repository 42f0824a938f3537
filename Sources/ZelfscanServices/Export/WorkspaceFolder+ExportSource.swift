import ZelfscanCore

extension WorkspaceFolder {
    /// What `export` reads of this workspace: the responses of `rounds` and its action plans. A
    /// plan with errors stops the export with every error at its line and column, as it stops
    /// `plan`: leaving it out would silently count the cell as one that agreed nothing.
    public func exportSource(rounds: [RoundFiles]) throws(CommandFailure) -> ExportSource {
        ExportSource(workspace: workspace, responses: rounds.flatMap(\.responses), plans: try loadPlans())
    }
}
