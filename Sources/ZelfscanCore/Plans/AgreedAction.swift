/// One action the evaluation meeting agreed: what, for which dimension and statements, who
/// carries it (an organisation or role, never a person: the plan outlives the people), by when,
/// and how it went.
public struct AgreedAction: Sendable, Equatable, Codable {
    /// Short and stable within the plan, such as "A1"; commands refer to an action by it.
    public var id: String
    public var action: String
    public var dimension: String
    public var items: [String]
    public var owner: String
    public var due: YearMonth
    public var status: ActionStatus
    public var notes: [ActionNote]
    /// The id of the report's proposed action it adopts, such as "P2".
    public var proposal: String?

    public init(id: String, action: String, dimension: String, items: [String] = [], owner: String, due: YearMonth,
                status: ActionStatus = .open, notes: [ActionNote] = [], proposal: String? = nil) {
        self.id = id
        self.action = action
        self.dimension = dimension
        self.items = items
        self.owner = owner
        self.due = due
        self.status = status
        self.notes = notes
        self.proposal = proposal
    }

    /// Letters, digits and '-', starting with a letter, at most 16: typed on a command line.
    public static func isValidID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII, text.count <= 16 else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }
    }
}
