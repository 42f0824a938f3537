import ArgumentParser
import Foundation
import ZelfscanCore
import ZelfscanFiles
import ZelfscanServices
import ZelfscanReport

struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Write a printable paper version of the questionnaire (self-contained HTML for A4).",
        discussion: """
            Members see only words; a last page, printed apart, gives whoever types the forms in \
            an example answer file and the code of every question and box that \
            zelfscan take --answers FILE reads. Default: the bundled questionnaire, \
            written to zelfscan-vragenlijst.html (English: zelfscan-questionnaire.html).
            Exit status: 0 ok, 64 usage, 65 invalid questionnaire, 66 file cannot be read, 73 cannot write.
            """
    )

    @Option(help: "A questionnaire file (default: the bundled questionnaire).")
    var questionnaire: String?

    @Option(help: "The HTML file to write.")
    var out: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let language = language.resolved
        try reportingFailures(language: language) {
            let (loaded, _) = try WorkspaceFolder.loadQuestionnaire(questionnaire.map { .file($0) } ?? .bundled, root: ".")
            let path = out ?? Phrase(en: "zelfscan-questionnaire.html", nl: "zelfscan-vragenlijst.html").text(language)
            do {
                try AtomicFile.write(PaperQuestionnaire(questionnaire: loaded, language: language).render(), to: path, mode: 0o644)
            } catch let error as AtomicFile.WriteError {
                throw CommandFailure(writing: error, kept: Phrase(en: "nothing was written; an earlier \(path), if any, is unchanged", nl: "er is niets geschreven; een eerdere \(path) blijft ongewijzigd"))
            }
            Output.out(ReportCommandText(language: language).paperWritten(path) + "\n")
        }
    }
}
