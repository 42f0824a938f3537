import ArgumentParser
import Foundation
import ZelfscanCore

/// swift-argument-parser writes its usage errors in English. In a Dutch interface the shapes it
/// writes are put in Dutch; a message of another shape, such as a command's own validation (in
/// both languages already), passes unchanged.
enum UsageMessage {
    /// Splits the English and the Dutch of a command's own usage error (`ValidationError(_: Phrase)`):
    /// the ASCII unit separator, which no message contains.
    static let languageSeparator = "\u{1F}"

    /// The parser's full error text (message, help, usage, where to read more) in `language`.
    static func text(_ full: String, in language: Language) -> String {
        let full = full.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let sides = line.components(separatedBy: languageSeparator)
            guard sides.count == 2 else { return String(line) }
            switch language {
            case .en: return sides[0]
            case .nl: return "fout: " + sides[1]
            }
        }.joined(separator: "\n")
        guard language == .nl else { return full }
        // The parser's "Help:" line repeats the argument's English help text: left out, so the
        // message stays in one language; "Meer uitleg" still points at the full help.
        return full.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("Help:  ") }.map { line in
            let line = String(line)
            if line.hasPrefix("Error: ") { return "fout: " + message(String(line.dropFirst("Error: ".count))) }
            if line.hasPrefix("Usage: ") { return "gebruik: " + line.dropFirst("Usage: ".count) }
            if let command = line.firstMatch(of: /^  See '(.+)' for more information\.$/) { return "  Meer uitleg: \(command.1)" }
            return line
        }.joined(separator: "\n")
    }

    /// One message of the parser in Dutch.
    static func message(_ english: String) -> String {
        if let m = english.wholeMatch(of: /Unknown option '(.+)'\. Did you mean '(.+)'\?/) { return "onbekende optie '\(m.1)'; bedoelt u '\(m.2)'?" }
        if let m = english.wholeMatch(of: /Unknown option '(.+)'/) { return "onbekende optie '\(m.1)'" }
        if let m = english.wholeMatch(of: /Missing value for '(.+)'/) { return "er ontbreekt een waarde voor '\(m.1)'" }
        if let m = english.wholeMatch(of: /Unexpected argument '(.+)'/) { return "onverwacht argument '\(m.1)'" }
        if let m = english.wholeMatch(of: /(\d+) unexpected arguments: (.+)/) { return "\(m.1) onverwachte argumenten: \(m.2)" }
        if let m = english.wholeMatch(of: /Missing expected argument '(.+)'/) { return "het argument '\(m.1)' ontbreekt" }
        if let m = english.wholeMatch(of: /The value '(.*)' is invalid for '(.+)'\. Please provide one of (.+)\./) {
            let choices = m.3.replacing(" and ", with: " of ").replacing(" or ", with: " of ")
            return "de waarde '\(m.1)' is ongeldig voor '\(m.2)'; kies \(choices)."
        }
        if let m = english.wholeMatch(of: /The value '(.*)' is invalid for '(.+)': (.+)/) { return "de waarde '\(m.1)' is ongeldig voor '\(m.2)': \(m.3)" }
        if let m = english.wholeMatch(of: /The option '(.+)' does not take any value, but '(.+)' was specified\./) {
            return "de optie '\(m.1)' neemt geen waarde, maar '\(m.2)' werd opgegeven."
        }
        if english == "Missing required subcommand." { return "er ontbreekt een opdracht." }
        return english
    }

    /// The language of usage errors, known before any workspace is open: `--language` when it is
    /// valid, else the locale's.
    static func language(of arguments: [String], environment: [String: String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            let value: String?
            if argument == "--language" { value = index + 1 < arguments.count ? arguments[index + 1] : nil }
            else if argument.hasPrefix("--language=") { value = String(argument.dropFirst("--language=".count)) }
            else { continue }
            if let value, let language = Language(rawValue: value) { return language }
        }
        return Language(environment: environment)
    }
}
