import ArgumentParser
import YAML
import ZelfscanCore
import ZelfscanFiles
import ZelfscanServices

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the outline of a questionnaire: dimensions, items with ids, scales, reverse keys, conditions."
    )

    @Argument(help: "A questionnaire file (YAML).")
    var file: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        let language = language.resolved
        let ui = UIText(language: language)
        let bytes: [UInt8]
        do throws(LocalReadError) {
            bytes = try LocalFiles.read(file)
        } catch {
            switch error {
            case .tooLarge(let error):
                Output.error(DiagnosticRenderer(language: language).render(Diagnostic(file: file, yamlError: error)) + "\n")
                throw ExitCode(ExitStatus.invalidData)
            case .unreadable(let error):
                Output.error("\(file): \(ui[.error]): \(ui[.cannotRead]): \(error.text.text(language))\n")
                throw ExitCode(ExitStatus.cannotRead)
            }
        }
        let result = QuestionnaireLoader().load(file: file, bytes: bytes, readFile: LocalFiles.readForLoader)
        guard let questionnaire = result.questionnaire else {
            let renderer = DiagnosticRenderer(sources: result.sources, language: language)
            Output.error(result.diagnostics.inReadingOrder().map(renderer.render).joined(separator: "\n") + "\n")
            Output.error(Phrase(en: "\(file) is not valid; run 'zelfscan validate \(file)' after fixing the errors above\n",
                                nl: "\(file) is niet geldig; voer 'zelfscan validate \(file)' opnieuw uit na het verbeteren van de fouten hierboven\n")
                .text(language))
            throw ExitCode(ExitStatus.invalidData)
        }
        guard questionnaire.languages.contains(language.rawValue) else {
            let available = questionnaire.languages.joined(separator: ", ")
            Output.error(Phrase(en: "error: the questionnaire has no language '\(language.rawValue)'; it has \(available)\n",
                                nl: "fout: de vragenlijst heeft geen taal '\(language.rawValue)'; ze heeft \(available)\n").text(language))
            throw ExitCode(ExitStatus.usage)
        }
        Output.out(QuestionnaireOutline(questionnaire: questionnaire, language: language).render())
    }
}
