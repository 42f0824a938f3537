import ArgumentParser

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
        version: "0.1.0",
        subcommands: [InitCommand.self, TakeCommand.self, StatusCommand.self, ScoreCommand.self, ReportCommand.self, PrintCommand.self,
                      CompareCommand.self, KeyCommand.self, ExportCommand.self, AuditCommand.self, DemoCommand.self,
                      ValidateCommand.self, ShowCommand.self]
    )
}
