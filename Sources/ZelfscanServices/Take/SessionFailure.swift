import ZelfscanCore
import ZelfscanTerminal

/// What `take` says when a session stops on an error: why, in the words of the write that failed
/// (a full disk says so), and what is still on disk and how to go on from there.
public enum SessionFailure {
    public static func failure(_ error: TakeError, lastSaved: Response?) -> CommandFailure {
        switch error {
        case .cannotSave(let code, let underlying):
            let reason = (underlying as? CommandFailure)?.message ?? Phrase(en: "\(underlying)", nl: "\(underlying)")
            let hint = lastSaved == nil
                ? Phrase(en: "nothing was saved yet; once the problem is solved, start again with: zelfscan take",
                         nl: "er is nog niets bewaard; begin opnieuw met zelfscan take zodra het probleem opgelost is")
                : Phrase(en: "the draft \(code) on disk still holds your earlier answers; once the problem is solved, continue with: zelfscan take --resume \(code)",
                         nl: "het concept \(code) op schijf bevat nog uw eerdere antwoorden; ga verder met zelfscan take --resume \(code) zodra het probleem opgelost is")
            return CommandFailure(Phrase(en: "could not save your answers: \(reason.en)", nl: "kon uw antwoorden niet bewaren: \(reason.nl)"),
                                  hint: hint, exitCode: ExitStatus.cannotCreate)
        case .alreadySubmitted:
            return CommandFailure(error.phrase, exitCode: ExitStatus.cannotCreate)
        }
    }
}
