import ArgumentParser
import ZelfscanCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct Zelfscan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zelfscan",
        abstract: "Zelfevaluatie van lokale integrale veiligheidscellen (LIVC-R) — self-evaluation of Flemish LIVC-R cells.",
        discussion: """
            Exit codes: 0 ok, 64 usage error, 65 invalid file or audit finding, 66 file cannot be read,
            73 file cannot be written, 75 input ended or draft in use (take; the draft is saved).
            Documentation: README.md and docs/ in the source repository.
            """,
        version: ToolVersion.current,
        subcommands: [InitCommand.self, TakeCommand.self, StatusCommand.self, ScoreCommand.self, ReportCommand.self, PrintCommand.self,
                      CompareCommand.self, KeyCommand.self, ExportCommand.self, AuditCommand.self, DemoCommand.self,
                      ValidateCommand.self, ShowCommand.self]
    )

    /// A write past the file size limit (`ulimit -f`) raises SIGXFSZ, which by default kills the
    /// process mid-write and leaves a temporary file and a lock behind. Ignored, the write fails
    /// with EFBIG and is reported like a full disk, with everything cleaned up.
    static func main() async {
        signal(SIGXFSZ, SIG_IGN)
        await main(nil)
    }
}
