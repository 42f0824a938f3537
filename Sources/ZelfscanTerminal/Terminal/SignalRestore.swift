#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the signal handler needs, prepared in advance: a handler may only make
/// async-signal-safe calls, so it must not allocate, format text or touch Swift objects.
private struct SignalRestoreState {
    var input: Int32
    var output: Int32
    var saved: termios
    /// Escape codes that show the cursor and leave the alternate screen.
    var reset: UnsafeMutableBufferPointer<UInt8>
    /// The message for fd 2, one without and one with the respondent code.
    var messages: (UnsafeMutableBufferPointer<UInt8>, UnsafeMutableBufferPointer<UInt8>)
    /// Which message is complete: set to 1 only after the second one is fully written.
    var activeMessage: sig_atomic_t
    /// Set by SIGWINCH, cleared by the front end when it redraws.
    var resized: sig_atomic_t
    /// The write end of the resize pipe (-1 without one): the handler writes a byte, so the
    /// session's poll wakes whichever thread the kernel gave the signal to.
    var resizeWake: Int32 = -1
    /// 0 in line mode, where there is no terminal state to put back.
    var restoresTerminal: sig_atomic_t = 1
}

/// Shared with the signal handlers, hence `nonisolated(unsafe)`. It is safe because it is set up
/// completely before any handler is installed, cleared only after they are removed, and the one
/// field changed while handlers are live (`activeMessage`) is a `sig_atomic_t` that flips after
/// the message it points to is written. The first access happens at install time, so the lazy
/// global initialisation never runs inside a handler.
nonisolated(unsafe) private var signalState: UnsafeMutablePointer<SignalRestoreState>? = nil

/// Restores the terminal and leaves when the session is ended by a signal. Only async-signal-safe
/// calls: tcsetattr, write, _exit. The draft is already on disk, since it is saved after every
/// answer, so leaving at once loses nothing.
private func restoreTerminalAndExit(_ signal: Int32) {
    if let state = signalState {
        if state.pointee.restoresTerminal == 1 {
            var saved = state.pointee.saved
            _ = tcsetattr(state.pointee.input, TCSANOW, &saved)
            writeAll(state.pointee.output, state.pointee.reset)
        }
        let message = state.pointee.activeMessage == 1 ? state.pointee.messages.1 : state.pointee.messages.0
        writeAll(2, message)
    }
    _exit(128 + signal)
}

private func noteResize(_ signal: Int32) {
    guard let state = signalState else { return }
    state.pointee.resized = 1
    var byte: UInt8 = 1
    let saved = errno
    #if canImport(Glibc)
    _ = Glibc.write(state.pointee.resizeWake, &byte, 1)
    #else
    _ = Darwin.write(state.pointee.resizeWake, &byte, 1)
    #endif
    errno = saved
}

private func writeAll(_ descriptor: Int32, _ buffer: UnsafeMutableBufferPointer<UInt8>) {
    guard let base = buffer.baseAddress else { return }
    var offset = 0
    while offset < buffer.count {
        #if canImport(Glibc)
        let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
        #else
        let written = Darwin.write(descriptor, base + offset, buffer.count - offset)
        #endif
        if written <= 0 { return }
        offset += written
    }
}

/// Installs and removes the handlers that put the terminal back when the process is ended by
/// SIGINT, SIGTERM, SIGHUP (terminal closed) or SIGQUIT while in raw mode, and notes SIGWINCH.
enum SignalRestore {
    static let fatalSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// The handlers replaced, put back on uninstall. Only the session's own thread touches it,
    /// never a handler, so `nonisolated(unsafe)` hides no race.
    private nonisolated(unsafe) static var previous: [Int32: sigaction] = [:]

    /// The read end of the resize pipe while a full-screen session runs, else -1. A signal
    /// interrupts a blocking read only on the thread it is delivered to, and an async process
    /// has several; the pipe makes a resize wake the session's poll on any of them.
    nonisolated(unsafe) static private(set) var resizeInput: Int32 = -1

    /// Prepares the state and installs the handlers. `message` is written to fd 2 on a signal.
    static func install(input: Int32, output: Int32, saved: termios, reset: String, message: String) {
        let state = UnsafeMutablePointer<SignalRestoreState>.allocate(capacity: 1)
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        } else {
            ends = [-1, -1]
        }
        state.initialize(to: SignalRestoreState(input: input, output: output, saved: saved, reset: copy(reset),
                                                messages: (copy(message), copy(message)),
                                                activeMessage: 0, resized: 0, resizeWake: ends[1]))
        resizeInput = ends[0]
        signalState = state
        for signal in fatalSignals { previous[signal] = setHandler(signal, restoreTerminalAndExit) }
        previous[SIGWINCH] = setHandler(SIGWINCH, noteResize)
    }

    /// Line mode: the same message and exit status on SIGINT, SIGTERM, SIGHUP and SIGQUIT, with
    /// no terminal to restore. Installed explicitly because a signal the parent ignored stays
    /// ignored, and a session that cannot be stopped loses the respondent's trust.
    static func installWithoutTerminal(message: String) {
        let state = UnsafeMutablePointer<SignalRestoreState>.allocate(capacity: 1)
        state.initialize(to: SignalRestoreState(input: -1, output: -1, saved: termios(), reset: copy(""),
                                                messages: (copy(message), copy(message)),
                                                activeMessage: 0, resized: 0, restoresTerminal: 0))
        signalState = state
        for signal in fatalSignals { previous[signal] = setHandler(signal, restoreTerminalAndExit) }
    }

    /// Switches to a message that names the respondent code, once the response exists.
    static func setMessage(_ message: String) {
        guard let state = signalState, state.pointee.activeMessage == 0 else { return }
        state.pointee.messages.1.deallocate()
        state.pointee.messages.1 = copy(message)
        state.pointee.activeMessage = 1
    }

    /// True once after each terminal resize; empties the resize pipe.
    static func takeResize() -> Bool {
        if resizeInput >= 0 {
            var bytes = [UInt8](repeating: 0, count: 64)
            while bytes.withUnsafeMutableBytes({ read(resizeInput, $0.baseAddress!, $0.count) }) > 0 {}
        }
        guard let state = signalState, state.pointee.resized == 1 else { return false }
        state.pointee.resized = 0
        return true
    }

    /// Puts the previous handlers back, then frees the state. After a hang-up, SIGHUP is ignored
    /// instead: the kernel sends it when the terminal's shell exits, which may be after the read
    /// saw the terminal gone, and its default action would end the process before the closing
    /// words reach stderr and before the draft's lock file is removed.
    static func uninstall(ignoringHangUp: Bool = false) {
        for (signal, action) in previous {
            var old = action
            if ignoringHangUp, signal == SIGHUP {
                #if canImport(Glibc)
                old.__sigaction_handler.sa_handler = SIG_IGN
                #else
                old.__sigaction_u.__sa_handler = SIG_IGN
                #endif
                old.sa_flags &= ~Int32(SA_SIGINFO)
            }
            sigaction(signal, &old, nil)
        }
        previous.removeAll()
        guard let state = signalState else { return }
        signalState = nil
        if resizeInput >= 0 { close(resizeInput) }
        if state.pointee.resizeWake >= 0 { close(state.pointee.resizeWake) }
        resizeInput = -1
        state.pointee.reset.deallocate()
        state.pointee.messages.0.deallocate()
        state.pointee.messages.1.deallocate()
        state.deallocate()
    }

    private static func copy(_ text: String) -> UnsafeMutableBufferPointer<UInt8> {
        let bytes = Array(text.utf8)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        return UnsafeMutableBufferPointer(rebasing: buffer[0..<bytes.count])
    }

    /// Installs `handler` for `signal` without SA_RESTART, so a blocking read returns on SIGWINCH
    /// and the screen is redrawn; returns the action it replaces.
    /// Also unblocks the signal: a mask inherited from the parent (some launchers block SIGINT
    /// in their children) would otherwise keep the handler from ever running.
    private static func setHandler(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) -> sigaction {
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, signal)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var old = sigaction()
        sigaction(signal, &action, &old)
        return old
    }
}
