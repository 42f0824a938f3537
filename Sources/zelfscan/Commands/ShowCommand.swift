import ArgumentParser
import YAML
import ZelfscanCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the outline of a questionnaire: dimensions, items with ids, scales, reverse keys, conditions."
    )

    @Argument(help: "A questionnaire file (YAML).")
    var file: String

    @Option(help: "Language of the texts (default: the questionnaire's first language).")
    var language: String?

    func run() throws {
        let bytes: [UInt8]
        do {
            bytes = try LocalFiles.read(file)
        } catch let error as YAMLError {
            Output.error(DiagnosticRenderer().render(Diagnostic(file: file, yamlError: error)) + "\n")
            throw ExitCode(ExitStatus.invalidData)
        } catch {
            Output.error("\(file): error: cannot read the file: \(error)\n")
            throw ExitCode(ExitStatus.cannotRead)
        }
        let result = QuestionnaireLoader().load(file: file, bytes: bytes, readFile: { try LocalFiles.read($0) })
        guard let questionnaire = result.questionnaire else {
            let renderer = DiagnosticRenderer(sources: result.sources)
            Output.error(result.diagnostics.inReadingOrder().map(renderer.render).joined(separator: "\n") + "\n")
            Output.error("\(file) is not valid; run 'zelfscan validate \(file)' after fixing the errors above\n")
            throw ExitCode(ExitStatus.invalidData)
        }
        let chosen = language ?? questionnaire.defaultLanguage
        guard questionnaire.languages.contains(chosen) else {
            Output.error("error: the questionnaire has no language '\(chosen)'; it has \(questionnaire.languages.joined(separator: ", "))\n")
            throw ExitCode(ExitStatus.usage)
        }
        Output.out(QuestionnaireOutline(questionnaire: questionnaire, language: chosen).render())
    }
}
