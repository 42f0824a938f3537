import ArgumentParser
import Foundation
import ZelfscanCore

/// `--language nl|en`, shared by the commands: the language of the tool's messages and of the
/// questionnaire texts shown. Without it: the workspace's language, else English when the locale (LC_ALL, LC_MESSAGES, LANG)
/// asks for it, Dutch otherwise.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Language: nl (Nederlands, default) or en. Without it, taken from LANG.", valueName: "nl|en"),
            transform: LanguageOption.parse)
    var language: Language?

    /// The parser's own refusal would be English only; before the language is known, the
    /// message is in both.
    static func parse(_ code: String) throws -> Language {
        guard let language = Language(rawValue: code) else {
            throw ValidationError(Phrase(en: "unknown language '\(code)'; use nl or en", nl: "onbekende taal '\(code)'; gebruik nl of en"))
        }
        return language
    }

    var resolved: Language {
        language ?? Language(environment: ProcessInfo.processInfo.environment)
    }

    /// Inside a workspace its language comes before the locale: the cell chose it.
    func resolved(workspace: Language) -> Language {
        language ?? workspace
    }
}
