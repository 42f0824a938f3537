import ArgumentParser
import ZelfscanCore

extension ValidationError {
    /// A command's own usage check, in both languages. The parser carries a usage error as one
    /// string, so the two travel in it split by `UsageMessage.languageSeparator`, and the error
    /// is printed in the interface language only, never both glued together.
    init(_ phrase: Phrase) {
        self.init(phrase.en + UsageMessage.languageSeparator + phrase.nl)
    }
}
