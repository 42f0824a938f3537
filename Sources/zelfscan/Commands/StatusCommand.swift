import ArgumentParser
import Foundation
import ZelfscanCore
import ZelfscanServices

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the current round: how many have submitted, how far the open drafts are, and whether a cell report is possible.",
        discussion: """
            Counts only: never a respondent code, and drafts by role group only where at least 3 share one.
            Submitted responses per role group only for groups of at least 3; the others together.
            Exit status: 0 ok, 64 not in a workspace or a bad value, 65 invalid workspace file, 73 cannot write.
            """
    )

    @OptionGroup var round: RoundOptions

    @Flag(help: "Print the status as JSON.")
    var json = false

    @Option(name: .customLong("expected-members"), help: "Record how many members are expected to answer; status then counts against it.")
    var expectedMembers: Int?

    @OptionGroup var language: LanguageOption

    func run() throws {
        var language = language.resolved
        try reportingFailures(language: language) {
            var folder = try WorkspaceFolder.open(dir: self.round.dir, now: Date())
            language = self.language.resolved(workspace: folder.workspace.language)
            if let expectedMembers {
                folder = try folder.recordingExpectedMembers(expectedMembers)
                if !json { Output.out(StatusText(language: language).expectedRecorded(expectedMembers) + "\n") }
            }
            let year = self.round.year ?? folder.workspace.year
            let round = folder.loadRound(year: year)
            let status = RoundStatus(folder: folder, year: year, round: round)
            if json {
                Output.out(try status.json())
            } else {
                if !round.diagnostics.isEmpty {
                    let renderer = DiagnosticRenderer(sources: round.sources, language: language)
                    Output.error(round.diagnostics.inReadingOrder().map(renderer.render).joined(separator: "\n") + "\n")
                }
                Output.out(status.text(language: language))
            }
        }
    }
}
