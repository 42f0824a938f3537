import Foundation
import YAML
import ZelfscanCore

/// The export key file on disk: read without following a symbolic link (a link could swap in
/// another key, or point the ledger written beside it elsewhere), refused when weak, and
/// warned about when others can read it.
public enum KeyFile {
    /// A key file is 64 digits and a newline; anything much larger is the wrong file.
    public static let maxBytes = 4096

    /// The key in the file at `path`; fails (exit 65 or 66) with a message that says what to do.
    public static func read(_ path: String, language: Language) throws(CommandFailure) -> ExportKey {
        let file: PrivateFile
        do throws(PrivateFile.Problem) {
            file = try PrivateFile.read(path, maxBytes: maxBytes)
        } catch {
            throw error.failure(what: Phrase(en: "the key", nl: "de sleutel"))
        }
        let key: ExportKey
        do throws(ExportKey.ParseError) {
            key = try ExportKey(text: String(decoding: file.bytes, as: UTF8.self))
        } catch {
            throw failure(error, path: path)
        }
        if file.mode & 0o077 != 0 {
            let ui = UIText(language: language)
            let mode = String(file.mode & 0o777, radix: 8)
            let warning = Phrase(en: "\(path) is open to other users (mode \(mode)): whoever reads the key can test municipality names against the release ledger",
                                 nl: "\(path) is toegankelijk voor andere gebruikers (modus \(mode)): wie de sleutel leest, kan gemeentenamen toetsen aan het vrijgavelogboek")
            Output.error("\(ui[.warning]): \(warning.text(language))\n\(ui[.hint]): chmod 600 \(path)\n")
        }
        return key
    }

    /// The message for a key that cannot be used: one per weakness, none quoting the key.
    public static func failure(_ error: ExportKey.ParseError, path: String) -> CommandFailure {
        let hint = Phrase(en: "make a new one with: zelfscan key new FILE (the release ledger of the old key does not carry over to the new one)",
                          nl: "maak een nieuwe met: zelfscan key new BESTAND (het vrijgavelogboek van de oude sleutel geldt niet voor de nieuwe)")
        let reason: Phrase
        switch error {
        case .malformed:
            return CommandFailure(Phrase(en: "\(path) is not a zelfscan key: expected 64 hexadecimal digits",
                                         nl: "\(path) is geen zelfscan-sleutel: verwacht 64 hexadecimale cijfers"),
                                  hint: Phrase(en: "make a key with: zelfscan key new FILE (and keep using it for all your exports, so its ledger covers them)",
                                               nl: "maak een sleutel met: zelfscan key new BESTAND (en gebruik die voor al uw exports, zodat zijn logboek ze dekt)"),
                                  exitCode: ExitStatus.invalidData)
        case .oneDigit:
            reason = Phrase(en: "all 64 digits are the same", nl: "alle 64 cijfers zijn gelijk")
        case .counting:
            reason = Phrase(en: "its digits just count up or down", nl: "de cijfers tellen gewoon op of af")
        case .repeatedPattern(let period):
            reason = Phrase(en: "it repeats the same \(period) digits over and over", nl: "het herhaalt steeds dezelfde \(period) cijfers")
        case .fewDistinctDigits(let distinct):
            reason = Phrase(en: "it uses only \(distinct) of the 16 hex digits (a random key uses nearly all)",
                            nl: "het gebruikt maar \(distinct) van de 16 hexadecimale cijfers (een willekeurige sleutel gebruikt ze bijna allemaal)")
        }
        return CommandFailure(Phrase(en: "\(path): this key is too predictable: \(reason.en); anyone could guess it and test municipality names against its release ledger",
                                     nl: "\(path): deze sleutel is te voorspelbaar: \(reason.nl); iedereen kan hem raden en gemeentenamen toetsen aan zijn vrijgavelogboek"),
                              hint: hint, exitCode: ExitStatus.invalidData)
    }
}
