/// How many people a figure must stand for before it is shown, so no single respondent's answers
/// can be read from a cell result (DESIGN.md, "Scoring" and "Anonymised export").
public enum PrivacyThresholds {
    /// Submitted respondents a round needs before a cell result is shown: with fewer, a mean
    /// and the one's own answers reveal the other's.
    public static let cellMinimum = 3
    /// Respondents each role group needs before its mean or a gap is shown.
    public static let roleGroupMinimum = 3
    /// Municipalities a peer group needs before its benchmark is shown.
    public static let peerGroupMinimum = 5
}
