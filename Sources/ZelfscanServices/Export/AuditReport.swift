import ZelfscanCore

/// Prints audit findings compiler-style on stderr: `folder/file:line: finding: …` and the hint.
public struct AuditReport {
    public var findings: [AuditFinding]
    public var language: Language

    public init(findings: [AuditFinding], language: Language) {
        self.findings = findings
        self.language = language
    }

    public func print(folder: String) {
        let ui = UIText(language: language)
        let word = ExportText(language: language).finding
        for finding in findings {
            let place = folder + "/" + finding.file + (finding.line.map { ":\($0)" } ?? "")
            Output.error("\(place): \(word): \(finding.message.text(language))\n  \(ui[.hint]): \(finding.hint.text(language))\n")
        }
    }
}
