import ZelfscanFiles
import ZelfscanText

extension CommandFailure {
    /// A failed write (exit 73). When there is no room the message already says what to do, so
    /// `kept` (what is still intact) is the hint; otherwise `hint`, about the path, is.
    public init(writing error: AtomicFile.WriteError, kept: Phrase? = nil, hint: Phrase? = nil) {
        self.init(error.message, hint: error.isOutOfSpace ? kept : (hint ?? kept), exitCode: ExitStatus.cannotCreate)
    }

    /// Any other write that ran out of room (a folder), told as plainly as a file's;
    /// nil for other errors, which keep their own message.
    public static func outOfSpace(_ error: any Error, failed: Phrase, kept: Phrase?) -> CommandFailure? {
        guard let message = OutOfSpace.message(code: OutOfSpace.code(of: error), failed: failed) else { return nil }
        return CommandFailure(message, hint: kept, exitCode: ExitStatus.cannotCreate)
    }
}
