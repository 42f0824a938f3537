import ArgumentParser
import Foundation
import ZelfscanCore
import ZelfscanServices

extension ActionStatus: ExpressibleByArgument {}

/// `zelfscan plan`: the actions the evaluation meeting agreed, kept in `plans/plan-YYYY.yaml`.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "List, add and update the actions the cell agreed after a round (plans/plan-YYYY.yaml).",
        discussion: """
            An action has an owner that is an organisation or role, never a person's name, and a due month (YYYY-MM).
            Exit status: 0 ok, 64 usage error or refused value, 65 invalid plan or workspace file, 73 plan cannot be written.
            """,
        subcommands: [PlanListCommand.self, PlanAddCommand.self, PlanUpdateCommand.self, PlanAdoptCommand.self],
        defaultSubcommand: PlanListCommand.self
    )
}

/// Runs `body` in the workspace, reporting failures in its language.
private func inPlanWorkspace(dir: String?, language option: LanguageOption, _ body: (PlanService, Language) throws(CommandFailure) -> String) throws {
    var language = option.resolved
    try reportingFailures(language: language) {
        let folder = try WorkspaceFolder.open(dir: dir, now: Date())
        language = option.resolved(workspace: folder.workspace.language)
        Output.out(try body(PlanService(folder: folder), language))
    }
}

struct PlanListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the actions of a round's plan (the default).")

    @OptionGroup var round: RoundOptions

    @Flag(help: "Print the plan as JSON.")
    var json = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        try inPlanWorkspace(dir: round.dir, language: language) { service, language throws(CommandFailure) in
            let listing = try service.listing(year: round.year)
            guard json else { return listing.text(language: language) }
            do { return try listing.json() } catch {
                throw CommandFailure(Phrase(en: "could not write JSON: \(error)", nl: "kon geen JSON schrijven: \(error)"), exitCode: 70)
            }
        }
    }
}

struct PlanAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an agreed action; prints its id as the last line.")

    @OptionGroup var round: RoundOptions

    @Option(help: "The dimension the action addresses (its id, as in `zelfscan show`).")
    var dimension: String

    @Option(help: ArgumentHelp("Statements of that dimension the action addresses, separated by commas.", valueName: "ID,..."))
    var items: String?

    @Option(help: "What the cell will do.")
    var action: String

    @Option(help: "Who carries it: an organisation or role, never a person's name.")
    var owner: String

    @Option(help: ArgumentHelp("The month it is due.", valueName: "YYYY-MM"))
    var due: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        let new = PlanEditing.NewAction(dimension: dimension, items: items?.split(separator: ",").map(String.init) ?? [],
                                        action: action, owner: owner, due: due)
        try inPlanWorkspace(dir: round.dir, language: language) { service, language throws(CommandFailure) in
            try service.add(new, year: round.year, language: language, today: Date())
        }
    }
}

struct PlanUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "update", abstract: "Change an action's status, with a dated note if given.")

    @Argument(help: "The action's id, such as A1.")
    var id: String

    @Option(help: "open, started, done or dropped.")
    var status: ActionStatus

    @Option(help: "A note, dated today.")
    var note: String?

    @OptionGroup var round: RoundOptions

    @OptionGroup var language: LanguageOption

    func run() throws {
        try inPlanWorkspace(dir: round.dir, language: language) { service, language throws(CommandFailure) in
            try service.update(id, status: status, note: note, year: round.year, today: Date(), language: language)
        }
    }
}

struct PlanAdoptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "adopt",
                                                    abstract: "Adopt an action the report proposes (P1..P5) with an owner and a due month; prints its id last.")

    @Argument(help: "The proposal's id in the report, such as P2.")
    var proposal: String

    @Option(help: "Who carries it: an organisation or role, never a person's name.")
    var owner: String

    @Option(help: ArgumentHelp("The month it is due.", valueName: "YYYY-MM"))
    var due: String

    @OptionGroup var round: RoundOptions

    @OptionGroup var language: LanguageOption

    func run() throws {
        try inPlanWorkspace(dir: round.dir, language: language) { service, language throws(CommandFailure) in
            try service.adopt(proposal, year: round.year, owner: owner, due: due, language: language, today: Date())
        }
    }
}
