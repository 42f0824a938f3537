import Crypto
import Foundation

/// What every export made with one key released, kept beside the key (`KEY.ledger`): for each
/// export, the members of each released class and aggregate group as keyed tokens. Two exports
/// whose classes differ by a few municipalities let anyone who has both single those out by
/// differencing; the ledger lets the next export see that and refuse (docs/privacy.md, rule 5).
public struct ReleaseLedger: Sendable, Equatable {
    /// One export as the ledger remembers it.
    public struct Entry: Sendable, Equatable {
        /// The day of the export, `YYYY-MM-DD` (UTC), so a refusal can name the earlier release.
        public var released: String
        /// The k the export was made with; later exports keep at least this distance from it.
        public var k: Int
        /// Readable labels that hold no names (`cells:2024|woongemeenten|formal`,
        /// `stats:province=Limburg:2026`, `icc:2026`) to the member tokens of that class or group.
        public var classes: [String: Set<String>]

        public init(released: String, k: Int, classes: [String: Set<String>]) {
            self.released = released
            self.k = k
            self.classes = classes
        }

        /// The same entry from municipality names, turned into tokens here so names never reach
        /// the ledger.
        public init(released: String, k: Int, municipalitiesByClass: [String: [String]], key: ExportKey) {
            self.init(released: released, k: k, classes: municipalitiesByClass.mapValues {
                Set($0.map { ReleaseLedger.memberToken(municipality: $0, key: key) })
            })
        }

        /// Every municipality the export released anything about.
        public var allMembers: Set<String> { classes.values.reduce(into: Set<String>()) { $0.formUnion($1) } }
    }

    /// The version of the file layout written by `encoded()`: 2 lists each release's members once
    /// and its classes as positions in that list (1 listed every member's token in every class).
    public static let format = 2
    /// Layouts `decode` reads: a ledger of format 1 is read, and rewritten as 2 by the next export.
    public static let readableFormats = [1, 2]
    /// Hex digits kept of the HMAC: 128 bits, so two of Flanders' 300 municipalities never share one.
    public static let tokenDigits = 32

    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// A municipality's token in the ledger: keyed under a label of its own, so a token never
    /// equals anything an export releases and nobody without the key can test a
    /// guessed name against it.
    public static func memberToken(municipality: String, key: ExportKey) -> String {
        let message = Array(("zelfscan ledger member\u{0}" + MunicipalityName.normalised(municipality)).utf8)
        let code = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key.bytes))
        return String(code.map { String(format: "%02x", $0) }.joined().prefix(tokenDigits))
    }

    /// The release day of an export made at `date`, in UTC like the years of rounds.
    public static func releaseDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// The members of every class of every release, counted once per class: what
    /// `maxMemberships` bounds when the ledger is read.
    public var memberships: Int {
        entries.reduce(0) { total, entry in entry.classes.values.reduce(total) { $0 + $1.count } }
    }

    /// The ledger with `entry` added after the earlier releases. An export that releases exactly
    /// what an earlier one did (the same classes at the same k) tells nothing new and is not
    /// recorded again, so exporting one pool repeatedly does not grow the ledger.
    public func appending(_ entry: Entry) -> ReleaseLedger {
        guard !entries.contains(where: { $0.classes == entry.classes && $0.k == entry.k }) else { return self }
        return ReleaseLedger(entries: entries + [entry])
    }
}
