import ZelfscanCore

/// Why a take session stopped before its end, worded for the respondent or coordinator who has
/// to act.
public enum TakeError: Error, Sendable {
    /// The draft could not be written; the answer just given is not on disk.
    case cannotSave(respondent: String, underlying: any Error)
    /// The response given to resume is already submitted and can no longer change.
    case alreadySubmitted(respondent: String)

    public func message(language: Language) -> String {
        phrase.text(language)
    }

    public var phrase: Phrase {
        switch self {
        case .cannotSave(let respondent, let underlying):
            Phrase(en: "cannot save the answers of \(respondent): \(underlying). The last answer given was not saved; fix the problem and continue with `zelfscan take --resume \(respondent)`.",
                   nl: "kan de antwoorden van \(respondent) niet bewaren: \(underlying). Het laatste antwoord werd niet bewaard; los het probleem op en ga verder met `zelfscan take --resume \(respondent)`.")
        case .alreadySubmitted(let respondent):
            Phrase(en: "the answers of \(respondent) have already been submitted and can no longer be changed; start a new response with `zelfscan take`.",
                   nl: "de antwoorden van \(respondent) zijn al verzonden en kunnen niet meer wijzigen; begin een nieuwe vragenlijst met `zelfscan take`.")
        }
    }
}
