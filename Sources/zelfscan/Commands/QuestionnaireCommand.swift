import ArgumentParser
import Foundation
import ZelfscanCore
import ZelfscanServices

/// `zelfscan questionnaire`: the questionnaire files a workspace keeps for its earlier rounds.
struct QuestionnaireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questionnaire",
        abstract: "Manage the questionnaire files a workspace keeps for its earlier rounds (questionnaires/).",
        subcommands: [QuestionnaireKeepCommand.self]
    )
}

struct QuestionnaireKeepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keep",
        abstract: "Keep a questionnaire file an earlier round was given on, so that round stays readable after the workspace moved to another version.",
        discussion: """
            zelfscan keeps a copy of the workspace's own questionnaire file by itself when answers
            are saved; this command is for a workspace that predates that, or lost the file. The
            copy goes to questionnaires/SHA-256/ in the workspace, named by the hash the responses
            are stamped with. Only a valid file of the workspace's own questionnaire id is kept.
            Exit status: 0 ok, 64 not in a workspace, 65 invalid or other questionnaire, 66 cannot read, 73 cannot write.
            """
    )

    @Argument(help: "The questionnaire file (YAML) the earlier round was given on.")
    var file: String

    @Option(help: "The workspace folder (default: the current folder or the nearest one above it).")
    var dir: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        var language = language.resolved
        try reportingFailures(language: language) {
            let folder = try WorkspaceFolder.open(dir: dir, now: Date())
            language = self.language.resolved(workspace: folder.workspace.language)
            Output.out(try folder.keep(file: file).text(language) + "\n")
        }
    }
}
