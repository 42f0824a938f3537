import ZelfscanCore

/// Prints audit findings compiler-style on stderr: `folder/file:line: finding: …` and the hint.
struct AuditReport {
    var findings: [AuditFinding]
    var language: String

    func print(folder: String) {
        let ui = UIText(language: language)
        let word = ExportText(language: language).finding
        for finding in findings {
            let place = folder + "/" + finding.file + (finding.line.map { ":\($0)" } ?? "")
            Output.error("\(place): \(word): \(finding.message.text(language))\n  \(ui[.hint]): \(finding.hint.text(language))\n")
        }
    }
}
