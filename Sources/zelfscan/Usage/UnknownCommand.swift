import ZelfscanCore

/// A first word that names no command (`zelfscan statuss`): the parser would call it an
/// unexpected argument; this says which command was probably meant.
enum UnknownCommand {
    /// The message for `arguments`, or nil when they start with a command or an option.
    static func message(_ arguments: [String], commands: [String]) -> Phrase? {
        guard let word = arguments.first, !word.hasPrefix("-"), !commands.contains(word) else { return nil }
        let shown = commands.joined(separator: ", ")
        if let match = Suggestion.closest(to: word, among: commands) {
            return Phrase(en: "unknown command '\(word)'; did you mean '\(match)'?",
                          nl: "onbekende opdracht '\(word)'; bedoelt u '\(match)'?")
        }
        return Phrase(en: "unknown command '\(word)'; the commands are: \(shown)",
                      nl: "onbekende opdracht '\(word)'; de opdrachten zijn: \(shown)")
    }
}
