#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ZelfscanText

/// The terminal in raw mode for the full-screen session, and the guarantee that it is put back.
///
/// Raw mode turns off line buffering, echo and the signal keys, so each key arrives at once and
/// Ctrl-C arrives as a key (save and quit). The saved settings are restored by `restore()` on
/// every normal and error path, by `deinit` as a last resort, and by signal handlers for SIGINT,
/// SIGTERM, SIGHUP and SIGQUIT sent from outside, which also show the cursor again.
final class RawTerminal {
    let input: Int32
    let output: Int32
    private var original: termios
    private var restored = false
    /// Reading found the terminal gone; the kernel's SIGHUP may still be on its way.
    private var hungUp = false

    static let enterScreen = "\u{1B}[?1049h\u{1B}[?25l"
    static let leaveScreen = "\u{1B}[?25h\u{1B}[?1049l"

    /// Nil when `input` or `output` is not a terminal or its settings cannot be read or changed;
    /// the runner then uses line mode.
    init?(input: Int32, output: Int32, language: Language = .nl) {
        guard isatty(input) != 0, isatty(output) != 0 else { return nil }
        var settings = termios()
        guard tcgetattr(input, &settings) == 0 else { return nil }
        self.input = input
        self.output = output
        self.original = settings

        var raw = settings
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR | IGNCR)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        let text = TakeText(language: language)
        SignalRestore.install(input: input, output: output, saved: settings, reset: Self.leaveScreen,
                              message: "\n" + text[.interrupted] + " " + text[.nothingSaved] + "\n")
        guard tcsetattr(input, TCSAFLUSH, &raw) == 0 else {
            SignalRestore.uninstall()
            return nil
        }
        FileDescriptorSink(descriptor: output).write(Self.enterScreen)
    }

    /// Names the respondent code in the message a signal prints, once the response exists.
    func setResumeHint(respondent: String, language: Language) {
        let text = TakeText(language: language)
        SignalRestore.setMessage("\n" + text[.interrupted] + " " + text(.savedResume, respondent) + "\n")
    }

    /// Leaves the alternate screen, shows the cursor and puts the saved settings back; safe to
    /// call more than once.
    func restore() {
        guard !restored else { return }
        restored = true
        _ = tcsetattr(input, TCSAFLUSH, &original)
        FileDescriptorSink(descriptor: output).write(Self.leaveScreen)
        SignalRestore.uninstall(ignoringHangUp: hungUp)
    }

    deinit { restore() }

    var size: TerminalSize { TerminalSize.of(descriptor: output) }

    func write(_ text: String) { FileDescriptorSink(descriptor: output).write(text) }

    /// Waits for input: the bytes read, `[]` when interrupted by a resize, nil at end of input.
    /// A resize is seen through the resize pipe as well as the interrupted call, since the
    /// signal may go to another thread of the process.
    func read() -> [UInt8]? {
        var descriptors = [pollfd(fd: input, events: Int16(POLLIN), revents: 0)]
        if SignalRestore.resizeInput >= 0 {
            descriptors.append(pollfd(fd: SignalRestore.resizeInput, events: Int16(POLLIN), revents: 0))
        }
        let ready = poll(&descriptors, nfds_t(descriptors.count), -1)
        if ready < 0, errno == EINTR { return [] }
        if descriptors.count > 1, descriptors[1].revents != 0, descriptors[0].revents == 0 { return [] }
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { raw in
            #if canImport(Glibc)
            Glibc.read(input, raw.baseAddress!, raw.count)
            #else
            Darwin.read(input, raw.baseAddress!, raw.count)
            #endif
        }
        if count < 0, errno == EINTR { return [] }
        guard count > 0 else {
            hungUp = true
            return nil
        }
        return Array(buffer[0..<count])
    }

    /// Whether more bytes arrive within `milliseconds`: tells a lone Esc from an arrow key.
    func hasInput(within milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) > 0
    }
}
