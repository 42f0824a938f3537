import ArgumentParser
import Foundation
import YAML
import ZelfscanCore
import ZelfscanFiles
import ZelfscanServices

/// `zelfscan key new FILE`: the secret that ties a data holder's exports to one release ledger.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Make the secret key that keeps the release ledger of your exports.",
        subcommands: [New.self]
    )

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Write a new random 256-bit key (64 hex digits) to FILE, readable by you only.",
            discussion: """
                Exports made with the key record what they released in FILE.ledger beside
                it, as keyed hashes, and refuse a release that differs from an earlier one
                by fewer than k municipalities. Keep the key secret and never put it in an
                export folder: whoever holds it can test municipality names against the
                ledger. Use one key for all your exports, and keep and back up the key and
                its ledger together. A lost key cannot be recovered.
                An existing FILE is never overwritten. Commands reading a key refuse a weak or
                linked key file and warn when others can read it. Exit status: 0 ok, 73
                cannot write FILE. Details: docs/export.md.
                """
        )

        @Argument(help: "The key file to create.")
        var file: String

        @OptionGroup var language: LanguageOption

        func run() throws {
            let language = language.resolved
            try reportingFailures(language: language) {
                guard !FileManager.default.fileExists(atPath: file) else {
                    throw CommandFailure(Phrase(en: "\(file) already exists; a key is never overwritten", nl: "\(file) bestaat al; een sleutel wordt nooit overschreven"),
                                         hint: Phrase(en: "choose another file name, or keep using the existing key so that its ledger keeps covering your exports",
                                                      nl: "kies een andere bestandsnaam, of blijf de bestaande sleutel gebruiken zodat zijn logboek al uw exports blijft dekken"),
                                         exitCode: ExitStatus.cannotCreate)
                }
                let ledger = LedgerFile.path(forKey: file)
                // A ledger left by an earlier key would hold tokens the new key never matches.
                guard (try? FileManager.default.attributesOfItem(atPath: ledger)) == nil else {
                    throw CommandFailure(Phrase(en: "\(ledger), the release ledger of an earlier key, is still there",
                                                nl: "\(ledger), het vrijgavelogboek van een eerdere sleutel, staat er nog"),
                                         hint: Phrase(en: "keep that ledger with its own key, or choose another file name for the new key",
                                                      nl: "bewaar dat logboek bij zijn eigen sleutel, of kies een andere bestandsnaam voor de nieuwe sleutel"),
                                         exitCode: ExitStatus.cannotCreate)
                }
                do {
                    try AtomicFile.create(ExportKey.random().fileText, at: file, mode: 0o600)
                } catch let error as AtomicFile.WriteError {
                    throw CommandFailure(Phrase(en: error.text.en, nl: error.text.nl),
                                         hint: Phrase(en: "check that the folder exists and is writable and that \(file) does not exist yet",
                                                      nl: "kijk na of de map bestaat en beschrijfbaar is en of \(file) nog niet bestaat"),
                                         exitCode: ExitStatus.cannotCreate)
                }
                Output.out(Phrase(
                    en: "Key written to \(file) (mode 0600). Keep it secret, keep a copy in a safe place (later with its ledger \(LedgerFile.path(forKey: file))), and never put it in an export folder.\n",
                    nl: "Sleutel geschreven naar \(file) (modus 0600). Hou hem geheim, bewaar een kopie op een veilige plek (later samen met zijn logboek \(LedgerFile.path(forKey: file))) en zet hem nooit in een exportmap.\n"
                ).text(language))
            }
        }
    }
}
