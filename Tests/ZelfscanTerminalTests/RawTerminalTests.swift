#if os(Linux)
import Glibc
import Testing
@testable import ZelfscanTerminal

/// A pseudo-terminal pair, so raw mode is tested on a real terminal device without a person.
final class PseudoTerminal {
    let controller: Int32
    let device: Int32

    /// Opens `/dev/ptmx` and its device through the Linux ioctls: Glibc's Swift module does not
    /// export posix_openpt, grantpt or ptsname.
    init?() {
        // _IOW('T', 0x31, int) and _IOR('T', 0x30, unsigned int): macros Swift cannot import; the
        // values are those of the generic ioctl encoding used by x86-64 and arm64.
        let TIOCSPTLCK: UInt = 0x4004_5431
        let TIOCGPTN: UInt = 0x8004_5430
        controller = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard controller >= 0, ioctl(controller, TIOCSPTLCK, &unlock) == 0,
              ioctl(controller, TIOCGPTN, &number) == 0 else {
            device = -1
            return nil
        }
        device = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard device >= 0 else { return nil }
    }

    var settings: termios {
        var current = termios()
        tcgetattr(device, &current)
        return current
    }

    deinit {
        close(device)
        close(controller)
    }
}

@Suite("Raw terminal", .serialized)
struct RawTerminalTests {
    @Test func rawModeIsEnteredAndTheSettingsComeBackOnRestore() throws {
        let pty = try #require(PseudoTerminal())
        let before = pty.settings
        #expect(before.c_lflag & tcflag_t(ICANON) != 0)

        let terminal = try #require(RawTerminal(input: pty.device, output: pty.device))
        let raw = pty.settings
        #expect(raw.c_lflag & tcflag_t(ICANON | ECHO | ISIG) == 0)
        terminal.restore()
        let after = pty.settings
        #expect(after.c_lflag == before.c_lflag)
        #expect(after.c_iflag == before.c_iflag)
        terminal.restore()
    }

    @Test func droppingTheTerminalRestoresItToo() throws {
        let pty = try #require(PseudoTerminal())
        let before = pty.settings
        do {
            let terminal = RawTerminal(input: pty.device, output: pty.device)
            #expect(terminal != nil)
            #expect(pty.settings.c_lflag & tcflag_t(ICANON) == 0)
        }
        #expect(pty.settings.c_lflag == before.c_lflag)
    }

    @Test func theSizeComesFromTheTerminalAndFallsBackTo80By24() throws {
        let pty = try #require(PseudoTerminal())
        var size = winsize(ws_row: 30, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        #expect(ioctl(pty.device, UInt(TIOCSWINSZ), &size) == 0)
        #expect(TerminalSize.of(descriptor: pty.device) == TerminalSize(columns: 100, rows: 30))

        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        defer { close(pipeEnds[0]); close(pipeEnds[1]) }
        #expect(TerminalSize.of(descriptor: pipeEnds[1]) == .standard)
        #expect(RawTerminal(input: pipeEnds[0], output: pipeEnds[1]) == nil)
    }
}
#endif
