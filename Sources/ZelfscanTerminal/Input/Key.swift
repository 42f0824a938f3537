/// A key press as the TTY front end understands it.
public enum Key: Sendable, Equatable {
    case character(Character)
    case up
    case down
    case left
    case right
    case enter
    case backspace
    case tab
    case escape
    /// Ctrl-C: with signals off in raw mode it arrives as a byte, and means save and quit.
    case interrupt
    /// Ctrl-D: end of input from the keyboard, also save and quit.
    case endOfTransmission
    /// A control key or escape sequence the session has no use for.
    case other
}
