import ZelfscanCore

/// What the respondent reads once the session is over, in either mode: thanks and their own
/// scores after submitting, or how to continue after stopping.
public struct ClosingMessage {
    public let text: TakeText

    public init(language: Language) {
        self.text = TakeText(language: language)
    }

    /// Thanks, the respondent's own scores (the caller's lines, when given), and where the cell
    /// report comes from.
    public func submitted(_ response: Response, feedback: [String]?) -> String {
        var lines = [text(.submittedThanks, response.respondent)]
        if let feedback, !feedback.isEmpty {
            lines.append("")
            lines += feedback
        }
        lines.append("")
        lines.append(text[.reportHint])
        return lines.joined(separator: "\n") + "\n"
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
