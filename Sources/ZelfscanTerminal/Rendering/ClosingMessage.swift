import ZelfscanCore

/// What the respondent reads once the session is over, in either mode: thanks and their own
/// scores after submitting, or how to continue after stopping.
public struct ClosingMessage {
    public let text: TakeText

    public init(language: Language) {
        self.text = TakeText(language: language)
    }

    /// Thanks, the respondent's own scores (the caller's lines, when given), and where the cell
    /// report comes from: with the round's count of submitted responses, whether it can be made.
    public func submitted(_ response: Response, feedback: [String]?, submittedInRound: Int? = nil) -> String {
        var lines = [text(.submittedThanks, response.respondent)]
        if let feedback, !feedback.isEmpty {
            lines.append("")
            lines += feedback
        }
        lines.append("")
        lines.append(reportLine(submittedInRound))
        return lines.joined(separator: "\n") + "\n"
    }

    private func reportLine(_ submitted: Int?) -> String {
        guard let submitted else { return text[.reportHint] }
        let minimum = ScoringRules.minimumCellRespondents
        return submitted >= minimum ? text(.reportReady, String(submitted)) : text(.reportWaiting, String(submitted), String(minimum))
    }

    /// After `q`: the resume command, or that nothing was saved.
    public func stopped(_ response: Response?) -> String {
        guard let response else { return text[.nothingSaved] + "\n" }
        return text(.savedResume, response.respondent) + "\n"
    }

    /// After the input ended: what happened and how to resume.
    public func inputEnded(_ response: Response?) -> String {
        text[.inputEnded] + " " + stopped(response)
    }
}
