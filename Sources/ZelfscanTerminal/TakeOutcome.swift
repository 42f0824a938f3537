import ZelfscanCore

/// How a take session ended, for the command to choose its exit status.
public enum TakeOutcome: Sendable {
    /// The respondent confirmed; the submitted response was saved.
    case submitted(Response)
    /// The respondent stopped with `q` (or Ctrl-C, Ctrl-D on the TTY). The draft was saved after
    /// its last answer; nil when they stopped before choosing a role, so nothing exists.
    case quit(Response?)
    /// The input ended (EOF); the draft as last saved, nil if none was started. The command exits
    /// 75; the resume hint has been written to the error output.
    case endOfInput(Response?)
    /// The session could not go on; the response as last saved successfully, if any.
    case failed(TakeError, Response?)
}
