/// The thresholds of the scoring and reporting rules in one place, with the version every report
/// prints, so a change in a rule is visible beside the numbers it produced.
public struct ScoringRules: Sendable, Equatable {
    /// Version of the rules in `docs/scoring.md`; raise it whenever a rule changes a number.
    public static let version = "1"

    /// A cell's dimension SD above this (on 0–100) is flagged as disagreement.
    public var disagreementThreshold: Double
    /// Role-group means are shown only when every group compared has at least this many respondents.
    public var minimumRoleGroupSize: Int
    /// Peer benchmarks need at least this many distinct municipalities in the pool or group.
    public var minimumPeerMunicipalities: Int
    /// A cell result is shown only with at least this many submitted respondents: with fewer,
    /// one member's own answers and the mean reveal another's.
    public static let minimumCellRespondents = 3
    public var minimumCellRespondents: Int { Self.minimumCellRespondents }
    /// A spread (SD, rwg, the disagreement flag) is shown only with at least this many scores:
    /// with three, the mean, the SD and a member's own score give both colleagues' exact scores.
    public static let minimumSpreadRespondents = 4
    /// Cronbach's alpha and item–total correlations need at least this many complete cases.
    public var minimumReliabilityRespondents: Int

    public init(disagreementThreshold: Double = 20, minimumRoleGroupSize: Int = 3,
                minimumPeerMunicipalities: Int = 5, minimumReliabilityRespondents: Int = 30) {
        self.disagreementThreshold = disagreementThreshold
        self.minimumRoleGroupSize = minimumRoleGroupSize
        self.minimumPeerMunicipalities = minimumPeerMunicipalities
        self.minimumReliabilityRespondents = minimumReliabilityRespondents
    }

    public static let standard = ScoringRules()
}
