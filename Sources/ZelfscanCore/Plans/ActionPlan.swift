/// The actions one cell agreed after the round of `year`, kept as `plans/plan-YYYY.yaml` in its
/// workspace so next year's report can look back at them.
public struct ActionPlan: Sendable, Equatable, Codable {
    public static let currentFormat = 1

    public var questionnaireID: String
    /// The round the plan follows from; its actions are looked back at in the next round.
    public var year: Int
    public var actions: [AgreedAction]

    public init(questionnaireID: String, year: Int, actions: [AgreedAction] = []) {
        self.questionnaireID = questionnaireID
        self.year = year
        self.actions = actions
    }

    /// The file's name inside the workspace's `plans` folder.
    public static func fileName(year: Int) -> String { "plan-\(year).yaml" }
    public static let folder = "plans"

    public func action(_ id: String) -> AgreedAction? { actions.first { $0.id == id } }

    /// "A" and one more than the highest number of an "A…" id, so ids are never reused after a
    /// hand edit removed one in the middle.
    public var nextID: String {
        let numbers = actions.compactMap { action -> Int? in
            guard action.id.first == "A" else { return nil }
            return Int(action.id.dropFirst())
        }
        return "A\((numbers.max() ?? 0) + 1)"
    }

    /// How many actions have each status, in status order, for views that never show the texts.
    public func counts(dimension: String? = nil) -> [ActionStatus: Int] {
        var counts: [ActionStatus: Int] = [:]
        for action in actions where dimension == nil || action.dimension == dimension {
            counts[action.status, default: 0] += 1
        }
        return counts
    }
}
