import ArgumentParser
import Foundation
import YAML
import ZelfscanCore
import ZelfscanFiles
import ZelfscanServices

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check questionnaire files and report every problem with its location.",
        discussion: """
            Prints FILE:LINE:COLUMN: message for each problem, or 'ok' per valid file, in Dutch
            (default) or English.
            Exit status: 0 all valid (warnings allowed), 65 a file is invalid, 66 a file cannot be read.
            """
    )

    @Argument(help: "Questionnaire files (YAML).")
    var files: [String]

    @Flag(help: "Print the diagnostics as JSON.")
    var json = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if files.isEmpty { throw ValidationError(Phrase(en: "name at least one questionnaire file, e.g. zelfscan validate questionnaires/livc-r.yaml",
                                                                   nl: "noem minstens één vragenlijstbestand, bv. zelfscan validate questionnaires/livc-r.yaml")) }
    }

    func run() throws {
        let language = language.resolved
        let ui = UIText(language: language)
        var reports: [FileReport] = []
        var lines: [String] = []
        for file in files {
            let outcome = check(file)
            let renderer = DiagnosticRenderer(sources: outcome.sources, language: language)
            lines.append(contentsOf: outcome.diagnostics.map(renderer.render))
            let errors = outcome.diagnostics.filter { $0.severity == .error }.count
            let warnings = outcome.diagnostics.count - errors
            let status: FileReport.Status
            let kindNote = outcome.kind == .referenceFigures ? " (\(ui[.referenceFigureFile]))" : ""
            if let unreadable = outcome.unreadable {
                status = .unreadable
                lines.append("\(file): \(ui[.error]): \(ui[.cannotRead]): \(unreadable.text(language))")
            } else {
                status = errors > 0 ? .invalid : .ok
                var counts = [errors > 0 ? ui.count(errors, one: .errorCount, many: .errorsCount) : ui[.ok]]
                if warnings > 0 { counts.append(ui.count(warnings, one: .warningCount, many: .warningsCount)) }
                lines.append("\(file): \(counts.joined(separator: ", "))\(kindNote)")
            }
            reports.append(FileReport(
                file: file, kind: outcome.kind == .referenceFigures ? "reference-figures" : "questionnaire", status: status, diagnostics: outcome.diagnostics.map { DiagnosticReport($0, language: language) },
                error: outcome.unreadable?.text(language)))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(ValidationReport(language: language, files: reports))
            Output.out(String(decoding: data, as: UTF8.self) + "\n")
        } else {
            Output.out(lines.joined(separator: "\n") + "\n")
        }
        if reports.contains(where: { $0.status == .unreadable }) { throw ExitCode(ExitStatus.cannotRead) }
        if reports.contains(where: { $0.status == .invalid }) { throw ExitCode(ExitStatus.invalidData) }
    }

    private struct Outcome {
        var kind: FileValidator.Kind = .questionnaire
        var diagnostics: [Diagnostic] = []
        var sources: [String: String] = [:]
        var unreadable: Phrase?
    }

    private func check(_ file: String) -> Outcome {
        do throws(LocalReadError) {
            let bytes = try LocalFiles.read(file)
            let result = FileValidator().validate(file: file, bytes: bytes, readFile: LocalFiles.readForLoader)
            return Outcome(kind: result.kind, diagnostics: result.diagnostics, sources: result.sources)
        } catch {
            switch error {
            case .tooLarge(let error): return Outcome(diagnostics: [Diagnostic(file: file, yamlError: error)])
            case .unreadable(let error): return Outcome(unreadable: error.text)
            }
        }
    }
}

/// The shape of `validate --json`, documented in docs/questionnaire-format.md.
struct ValidationReport: Encodable {
    var language: Language
    var files: [FileReport]
}

struct FileReport: Encodable {
    enum Status: String, Encodable {
        case ok
        case invalid
        case unreadable
    }

    var file: String
    var kind: String
    var status: Status
    var diagnostics: [DiagnosticReport]
    var error: String?
}

struct DiagnosticReport: Encodable {
    struct NoteReport: Encodable {
        var line: Int
        var column: Int
        var message: String
    }

    var file: String
    var line: Int
    var column: Int
    var severity: String
    var message: String
    var hint: String?
    var notes: [NoteReport]

    init(_ diagnostic: Diagnostic, language: Language) {
        file = diagnostic.file
        line = diagnostic.line
        column = diagnostic.column
        severity = diagnostic.severity.rawValue
        message = diagnostic.text.text(language)
        hint = diagnostic.hintText?.text(language)
        notes = diagnostic.notes.map { NoteReport(line: $0.line, column: $0.column, message: $0.text.text(language)) }
    }
}
