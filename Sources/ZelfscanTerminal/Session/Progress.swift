/// "12/40": the item's place among the items shown to this respondent, and how many that is.
/// The total moves when an answer shows or hides later items.
public struct Progress: Sendable, Equatable {
    public var position: Int
    public var total: Int

    public init(position: Int, total: Int) {
        self.position = position
        self.total = total
    }
}
