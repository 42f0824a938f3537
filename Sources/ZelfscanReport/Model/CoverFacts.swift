import Foundation
import ZelfscanCore

/// What the cover page says about the round: who answered (by role group, small groups merged),
/// how complete the answers are, and what produced the numbers.
public struct CoverFacts: Sendable, Equatable {
    public struct GroupCount: Sendable, Equatable {
        public var label: String
        public var n: Int
    }

    public var municipality: String
    public var level: Workspace.Level
    public var cluster: BelfiusCluster?
    public var province: Province?
    public var year: Int
    public var questionnaireTitle: String
    public var questionnaireID: String
    public var questionnaireVersion: String
    public var rulesVersion: String
    /// YYYY-MM-DD, from the data or SOURCE_DATE_EPOCH; nil when neither gives one.
    public var date: String?
    public var submitted: Int
    public var openDrafts: Int
    /// Role groups with at least the minimum of respondents, in questionnaire order.
    public var groups: [GroupCount]
    /// Respondents of the groups below the minimum, counted together; nil when there are none.
    public var mergedSmallGroups: Int?
    /// Share of the scored statements shown to members that got an answer on the scale.
    public var answerCoverage: Double?
    /// Share of the shown statements answered "don't know".
    public var dontKnowShare: Double?
    public var overall: Double?
    public var overallBandLabel: String?
    /// The workspace or the responses are generated demo data.
    public var synthetic: Bool

    /// "2026-11-23" in UTC for `date`.
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let year = parts.year ?? 0, month = parts.month ?? 0, day = parts.day ?? 0
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
