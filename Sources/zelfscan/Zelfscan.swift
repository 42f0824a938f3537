import ArgumentParser
import Foundation
import ZelfscanCore
import ZelfscanServices
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct Zelfscan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zelfscan",
        abstract: "Zelfevaluatie van lokale samenwerkingsverbanden, met de LIVC-R-vragenlijst ingebouwd — self-evaluation of local multi-agency groups, with the LIVC-R questionnaire built in.",
        discussion: """
            Exit codes: 0 ok, 64 usage error, 65 invalid file or audit finding, 66 file cannot be read,
            73 file cannot be written, 75 input ended or draft in use (take; the draft is saved).
            Documentation: README.md and docs/ in the source repository.
            """,
        version: ToolVersion.current,
        subcommands: [InitCommand.self, TakeCommand.self, StatusCommand.self, ScoreCommand.self, ReportCommand.self, PrintCommand.self,
                      CompareCommand.self, PlanCommand.self, KeyCommand.self, ExportCommand.self, AuditCommand.self, DemoCommand.self,
                      ValidateCommand.self, ShowCommand.self, QuestionnaireCommand.self]
    )

    /// A write past the file size limit (`ulimit -f`) raises SIGXFSZ, which by default kills the
    /// process mid-write and leaves a temporary file and a lock behind. Ignored, the write fails
    /// with EFBIG and is reported like a full disk, with everything cleaned up.
    ///
    /// Usage errors are written in the interface language: `--language`, else the locale's.
    static func main() async {
        signal(SIGXFSZ, SIG_IGN)
        let arguments = Array(CommandLine.arguments.dropFirst())
        let language = UsageMessage.language(of: arguments, environment: ProcessInfo.processInfo.environment)
        let commands = configuration.subcommands.map { $0._commandName } + ["help"]
        if let unknown = UnknownCommand.message(arguments, commands: commands) {
            CommandFailure(unknown, hint: Phrase(en: "see: zelfscan --help", nl: "zie: zelfscan --help"), exitCode: ExitCode.validationFailure.rawValue)
                .report(language: language)
            exit(withError: ExitCode.validationFailure)
        }
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure, !message(for: error).isEmpty {
                Output.error(UsageMessage.text(fullMessage(for: error), in: language) + "\n")
                exit(withError: ExitCode.validationFailure)
            }
            exit(withError: error)
        }
    }
}
