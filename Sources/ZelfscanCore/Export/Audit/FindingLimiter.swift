import YAML

/// Collects the findings of one file, at most `perCheck` of each check, so that a thoroughly
/// broken export still gives a readable report; the rest are counted in an "and N more" line.
struct FindingLimiter {
    static let perCheck = 10

    let file: String
    /// Set when the rows come from a table of zelfscan.sqlite: the finding then names the table
    /// and row, since a database has no lines.
    let table: String?
    private var listed: [AuditFinding] = []
    private var counts: [String: Int] = [:]
    private var checks: [String] = []

    init(file: String, table: String? = nil) {
        self.file = file
        self.table = table
    }

    var isEmpty: Bool { counts.isEmpty }

    mutating func add(_ check: String, line: Int?, _ message: Phrase, hint: Phrase) {
        if counts[check] == nil { checks.append(check) }
        counts[check, default: 0] += 1
        guard counts[check]! <= Self.perCheck else { return }
        if let table {
            let row = line.map { Phrase(en: ", row \($0)", nl: ", rij \($0)") } ?? Phrase(en: "", nl: "")
            listed.append(AuditFinding(file: file, line: nil,
                                       message: Phrase(en: "table \(table)\(row.en): \(message.en)", nl: "tabel \(table)\(row.nl): \(message.nl)"), hint: hint))
        } else {
            listed.append(AuditFinding(file: file, line: line, message: message, hint: hint))
        }
    }

    func findings() -> [AuditFinding] {
        listed + checks.compactMap { check in
            let hidden = counts[check]! - Self.perCheck
            guard hidden > 0 else { return nil }
            return AuditFinding(file: file, message: Phrase(en: "and \(hidden) more finding(s) of the same check (\(check))",
                                                            nl: "en nog \(hidden) bevinding(en) van dezelfde controle (\(check))"),
                                hint: Phrase(en: "the export must be made again: fix the cause of the ones listed",
                                             nl: "de export moet opnieuw gemaakt worden: los de oorzaak van de getoonde op"))
        }
    }
}
