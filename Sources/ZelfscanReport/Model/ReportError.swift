import ZelfscanText

/// Why no report is made. A cell with too few respondents gets none at all: with two members,
/// each could work out the other's answers from the cell result.
public enum ReportError: Error, Sendable, Equatable {
    case tooFewRespondents(municipality: String, year: Int, submitted: Int, minimum: Int)

    /// The message for the person who asked for the report.
    public func message(_ language: Language) -> String {
        switch self {
        case .tooFewRespondents(let municipality, let year, let submitted, let minimum):
            return ReportText(language: language).tooFewRespondents(municipality, year, submitted, minimum)
        }
    }

    /// What to do about it.
    public func hint(_ language: Language) -> String {
        ReportText(language: language).tooFewHint
    }
}
