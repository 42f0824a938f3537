import ArgumentParser
import Foundation
import YAML
import ZelfscanCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check questionnaire files and report every problem with its location.",
        discussion: """
            Prints FILE:LINE:COLUMN: message for each problem, or 'ok' per valid file.
            Exit status: 0 all valid (warnings allowed), 65 a file is invalid, 66 a file cannot be read.
            """
    )

    @Argument(help: "Questionnaire files (YAML).")
    var files: [String]

    @Flag(help: "Print the diagnostics as JSON.")
    var json = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one questionnaire file, e.g. zelfscan validate questionnaires/livc-r.yaml") }
    }

    func run() throws {
        var reports: [FileReport] = []
        var renderedText: [String] = []
        for file in files {
            let bytes: [UInt8]
            do {
                bytes = try LocalFiles.read(file)
            } catch let error as YAMLError {
                let diagnostic = Diagnostic(file: file, yamlError: error)
                reports.append(FileReport(file: file, status: .invalid, diagnostics: [diagnostic], error: nil))
                renderedText.append(DiagnosticRenderer().render(diagnostic))
                renderedText.append("\(file): 1 error")
                continue
            } catch {
                reports.append(FileReport(file: file, status: .unreadable, diagnostics: [], error: "\(error)"))
                renderedText.append("\(file): error: cannot read the file: \(error)")
                continue
            }
            let result = QuestionnaireLoader().load(file: file, bytes: bytes, readFile: { try LocalFiles.read($0) })
            let diagnostics = result.diagnostics.inReadingOrder()
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.count - errors
            reports.append(FileReport(file: file, status: errors > 0 ? .invalid : .ok, diagnostics: diagnostics, error: nil))
            let renderer = DiagnosticRenderer(sources: result.sources)
            renderedText.append(contentsOf: diagnostics.map(renderer.render))
            let warningText = warnings == 0 ? "" : ", \(warnings) \(warnings == 1 ? "warning" : "warnings")"
            if errors > 0 {
                renderedText.append("\(file): \(errors) \(errors == 1 ? "error" : "errors")\(warningText)")
            } else {
                renderedText.append("\(file): ok\(warningText)")
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(["files": reports])
            Output.out(String(decoding: data, as: UTF8.self) + "\n")
        } else {
            Output.out(renderedText.joined(separator: "\n") + "\n")
        }
        if reports.contains(where: { $0.status == .unreadable }) { throw ExitCode(ExitStatus.cannotRead) }
        if reports.contains(where: { $0.status == .invalid }) { throw ExitCode(ExitStatus.invalidData) }
    }
}

/// One file's outcome in `validate --json`.
struct FileReport: Encodable {
    enum Status: String, Encodable {
        case ok
        case invalid
        case unreadable
    }

    var file: String
    var status: Status
    var diagnostics: [Diagnostic]
    var error: String?
}
