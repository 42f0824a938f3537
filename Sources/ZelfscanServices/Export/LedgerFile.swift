import Foundation
import YAML
import ZelfscanCore
import ZelfscanFiles
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The release ledger beside a key file (`KEY.ledger`, mode 0600). An export opens it, which
/// takes a lock (`KEY.ledger.lock`, as `DraftLock` does for drafts) and reads it; checks its
/// release against it; writes the export; appends its entry; and closes it. Holding the lock
/// from the check to the append makes two exports racing with one key run one after the other,
/// so the second is checked against the first.
public final class LedgerFile {
    public let path: String
    public private(set) var ledger: ReleaseLedger
    private var lock: DraftLock?

    /// Refusing a ledger this large protects memory; it holds many years of exports.
    public static let maxBytes = ReleaseLedger.parserLimits.maxBytes

    public static func path(forKey keyPath: String) -> String { keyPath + ".ledger" }

    private init(path: String, ledger: ReleaseLedger, lock: DraftLock) {
        self.path = path
        self.ledger = ledger
        self.lock = lock
    }

    deinit { lock?.release() }

    /// Locks and reads the ledger of the key at `keyPath`, waiting up to `wait` seconds while
    /// another export with the same key holds it.
    public static func open(keyPath: String, wait: Double = 120) throws(CommandFailure) -> LedgerFile {
        let path = path(forKey: keyPath)
        let lock = try takeLock(path + ".lock", wait: wait)
        do throws(CommandFailure) {
            return LedgerFile(path: path, ledger: try read(path), lock: lock)
        } catch {
            lock.release()
            throw error
        }
    }

    /// The ledger at `path` without taking the lock; a missing file is an empty ledger (no export
    /// has been made with this key yet), a symbolic link is refused.
    public static func read(_ path: String) throws(CommandFailure) -> ReleaseLedger {
        let what = Phrase(en: "the release ledger", nl: "het vrijgavelogboek")
        let file: PrivateFile
        do throws(PrivateFile.Problem) {
            file = try PrivateFile.read(path, maxBytes: maxBytes)
        } catch {
            if case .missing = error { return ReleaseLedger() }
            throw error.failure(what: what)
        }
        do throws(ReleaseLedger.DecodingError) {
            return try ReleaseLedger.decode(file.bytes, file: path)
        } catch {
            throw CommandFailure(Phrase(en: "\(path) is not a valid release ledger", nl: "\(path) is geen geldig vrijgavelogboek"),
                                 hint: Phrase(en: "repair the lines named above or restore the ledger from your copy; never delete it, or later exports can no longer be checked against the earlier ones",
                                              nl: "herstel de hierboven genoemde regels of zet het logboek terug uit je kopie; verwijder het nooit, anders kunnen latere exports niet meer met de eerdere vergeleken worden"),
                                 exitCode: ExitStatus.invalidData, diagnostics: error.diagnostics)
            // No excerpt of the file under the messages: a broken line may hold a name typed
            // in, or tokens that with the key can be tested against names; line and column say where.
        }
    }

    /// Refuses (exit 65) a release that conflicts with an earlier one in the ledger, and one
    /// that would make the ledger larger than zelfscan reads (`maxMemberships`): written, it would
    /// refuse every later export with this key.
    public func check(_ entry: ReleaseLedger.Entry, k: Int, maxMemberships: Int = ReleaseLedger.maxMemberships) throws(CommandFailure) {
        let conflicts = ledger.conflicts(with: entry, k: k)
        if !conflicts.isEmpty { throw CommandFailure(ledgerConflicts: conflicts, ledgerPath: path) }
        let memberships = ledger.appending(entry).memberships
        guard memberships <= maxMemberships else {
            throw CommandFailure(Phrase(en: "this export is refused: with it, the classes of \(path) would hold \(memberships) members in all, more than the \(maxMemberships) zelfscan reads, so no later export with this key could be checked",
                                        nl: "deze export wordt geweigerd: daarmee zouden de klassen van \(path) samen \(memberships) leden tellen, meer dan de \(maxMemberships) die zelfscan leest, zodat geen latere export met deze sleutel nog gecontroleerd kan worden"),
                                 hint: Phrase(en: "keep this key and its ledger, and make the next exports with a new key (zelfscan key new FILE); never release those beside the earlier ones",
                                              nl: "bewaar deze sleutel en zijn logboek, en maak de volgende exports met een nieuwe sleutel (zelfscan key new BESTAND); geef die nooit samen met de eerdere vrij"),
                                 exitCode: ExitStatus.invalidData)
        }
    }

    /// Adds the export's entry and writes the whole ledger atomically, mode 0600, in format 2
    /// (a ledger read in format 1 is rewritten): some 100 KB per export of 1,200 cells, where
    /// format 1 took 8 MB. The rename replaces whatever is at `path`, a link included, and never
    /// writes through it.
    public func append(_ entry: ReleaseLedger.Entry) throws(CommandFailure) {
        let updated = ledger.appending(entry)
        let text: String
        do {
            text = try updated.encoded()
        } catch {
            throw CommandFailure(Phrase(en: "the release ledger could not be written: \(error)", nl: "het vrijgavelogboek kon niet geschreven worden: \(error)"),
                                 exitCode: ExitStatus.cannotCreate)
        }
        do {
            try AtomicFile.write(text, to: path, mode: 0o600)
        } catch let error as AtomicFile.WriteError {
            throw CommandFailure(writing: error, kept: Phrase(en: "the ledger keeps its earlier releases", nl: "het logboek behoudt de eerdere vrijgaven"),
                                 hint: Phrase(en: "check that the key's folder is writable", nl: "kijk na of de map van de sleutel beschrijfbaar is"))
        } catch {
            throw CommandFailure(Phrase(en: "could not write \(path): \(error)", nl: "kan \(path) niet schrijven: \(error)"), exitCode: ExitStatus.cannotCreate)
        }
        ledger = updated
    }

    /// Lets the next export with this key go ahead.
    public func close() {
        lock?.release()
        lock = nil
    }

    /// One `export` at a time per key: the lock is tried every 0.1 s until `wait` has passed.
    private static func takeLock(_ lockPath: String, wait: Double) throws(CommandFailure) -> DraftLock {
        var status = stat()
        if lstat(lockPath, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            let problem: PrivateFile.Problem = status.st_mode & S_IFMT == S_IFLNK ? .symbolicLink(lockPath) : .notRegular(lockPath)
            throw problem.failure(what: Phrase(en: "the ledger's lock", nl: "het slot van het logboek"))
        }
        let deadline = Date().addingTimeInterval(wait)
        while true {
            do throws(DraftLock.Failure) {
                return try DraftLock(path: lockPath)
            } catch {
                switch error {
                case .heldByAnotherSession where Date() < deadline:
                    usleep(100_000)
                case .heldByAnotherSession:
                    throw CommandFailure(Phrase(en: "another export with this key is still running (it holds \(lockPath))",
                                                nl: "een andere export met deze sleutel loopt nog (ze houdt \(lockPath) vast)"),
                                         hint: Phrase(en: "wait until it has finished and try again", nl: "wacht tot ze klaar is en probeer opnieuw"),
                                         exitCode: ExitStatus.tryAgainLater)
                case .cannotOpen(let code):
                    throw CommandFailure(Phrase(en: "cannot create \(lockPath): \(String(cString: strerror(code)))",
                                                nl: "kan \(lockPath) niet aanmaken: \(String(cString: strerror(code)))"),
                                         hint: Phrase(en: "check that the key's folder is writable", nl: "kijk na of de map van de sleutel beschrijfbaar is"),
                                         exitCode: ExitStatus.cannotCreate)
                }
            }
        }
    }
}

extension CommandFailure {
    /// The refusal of an export that differs from earlier ones by too few municipalities
    /// (exit 65): which earlier release, which class, by how many, and what to do. Never a token.
    public init(ledgerConflicts conflicts: [ReleaseLedger.Conflict], ledgerPath: String) {
        let shown = conflicts.prefix(10).map(\.text)
        let more = conflicts.count - shown.count
        let releases = Array(Set(conflicts.map(\.earlierRelease))).sorted().joined(separator: ", ")
        let k = conflicts.map(\.k).max() ?? 5
        var en = "this export is refused: with the earlier export(s) of \(releases), made with the same key, it would single out municipalities by differencing:"
        var nl = "deze export wordt geweigerd: samen met de eerdere export(s) van \(releases), met dezelfde sleutel gemaakt, zou ze gemeenten herkenbaar maken door het verschil:"
        for line in shown {
            en += "\n  - " + line.en
            nl += "\n  - " + line.nl
        }
        if more > 0 {
            en += "\n  - and \(more) more"
            nl += "\n  - en nog \(more)"
        }
        self.init(Phrase(en: en, nl: nl),
                  hint: Phrase(en: "wait until at least \(k) municipalities more or fewer take part, or export exactly the pool of the earlier export (the same workspaces and the same --k); the releases are recorded in \(ledgerPath)",
                               nl: "wacht tot minstens \(k) gemeenten meer of minder deelnemen, of exporteer exact de pool van de eerdere export (dezelfde werkruimten en dezelfde --k); de vrijgaven staan in \(ledgerPath)"),
                  exitCode: ExitStatus.invalidData)
    }
}
