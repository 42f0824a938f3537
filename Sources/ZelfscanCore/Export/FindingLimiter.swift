import YAML

/// Caps findings per kind so a thoroughly broken export gives a readable report.
struct FindingLimiter {
    private var listed: [AuditFinding] = []
    private var counts: [String: Int] = [:]

    mutating func add(_ kind: String, _ finding: AuditFinding) {
        counts[kind, default: 0] += 1
        if counts[kind]! <= ExportAudit.findingsPerKind { listed.append(finding) }
    }

    func findings(file: String) -> [AuditFinding] {
        let hidden = counts.values.reduce(0) { $0 + max(0, $1 - ExportAudit.findingsPerKind) }
        guard hidden > 0 else { return listed }
        return listed + [AuditFinding(file: file, message: Phrase(en: "and \(hidden) more findings of the same kinds", nl: "en nog \(hidden) bevindingen van dezelfde soorten"),
                                      hint: Phrase(en: "fix the ones listed and audit again", nl: "los de getoonde op en controleer opnieuw"))]
    }
}
