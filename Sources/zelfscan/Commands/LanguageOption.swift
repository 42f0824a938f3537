import ArgumentParser
import Foundation
import ZelfscanCore
import ZelfscanServices

/// `--language nl|en`, shared by the commands: the language of the tool's messages and of the
/// questionnaire texts shown. Without it: the workspace's language, else English when the locale (LC_ALL, LC_MESSAGES, LANG)
/// asks for it, Dutch otherwise.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language: nl (Nederlands, default) or en. Without it, taken from LANG.")
    var language: String?

    func validate() throws {
        if let language, !UIText.supportedLanguages.contains(language) {
            throw ValidationError("unknown language '\(language)'; use nl or en — onbekende taal '\(language)'; gebruik nl of en")
        }
    }

    var resolved: String {
        language ?? UIText.language(environment: ProcessInfo.processInfo.environment)
    }

    /// Inside a workspace its language comes before the locale: the cell chose it.
    func resolved(workspace: String) -> String {
        language ?? workspace
    }
}
