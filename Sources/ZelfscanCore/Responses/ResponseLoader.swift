import Foundation
import YAML

/// Reads a response file, or a typed-in answer sheet, and checks it against its questionnaire.
public struct ResponseLoader: Sendable {
    public enum Kind: Sendable, Equatable {
        /// A file written by zelfscan: every header field is required.
        case responseFile
        /// Answers typed in from a paper form: only `role` and `answers` are required; the rest
        /// comes from `base`, the response being filled.
        case answerSheet(base: Response)
    }

    public struct Result: Sendable {
        /// Nil when any error was found.
        public var response: Response?
        public var diagnostics: [Diagnostic]
        public var sources: [String: String]

        public init(response: Response?, diagnostics: [Diagnostic], sources: [String: String]) {
            self.response = response
            self.diagnostics = diagnostics
            self.sources = sources
        }
    }

    /// The largest response file or answer sheet read: one member's answers and remarks take a
    /// few kilobytes, so anything near the general 5 MiB limit is not a response, and refusing it
    /// before reading keeps a planted multi-megabyte file from slowing every `status`.
    public static let maxFileBytes = 1_048_576

    public var questionnaire: Questionnaire
    /// SHA-256 of the questionnaire file, to warn when it changed under the same version.
    public var questionnaireSHA256: String

    /// Built once per loader for the event path (`ResponseEventDecoder`).
    private let eventTables: ResponseEventDecoder.Tables

    public init(questionnaire: Questionnaire, questionnaireSHA256: String) {
        self.questionnaire = questionnaire
        self.questionnaireSHA256 = questionnaireSHA256
        eventTables = ResponseEventDecoder.Tables(questionnaire)
    }

    /// What an empty file of this kind should have held.
    static let emptyFileHint = Phrase(en: "zelfscan never leaves a response half-written, so the file was emptied outside it; restore it from a backup, or remove it if the respondent will answer again",
                                      nl: "zelfscan laat een antwoordbestand nooit half geschreven achter, dus het werd buiten zelfscan leeggemaakt; zet het terug uit een back-up, of verwijder het als de respondent opnieuw antwoordt")

    /// The questionnaire id and version a response file's header names, read without checking
    /// the rest; nil when the file has no readable header.
    public static func stamp(of bytes: [UInt8]) -> (id: String, version: String)? {
        guard case .parsed(let root) = ParsedFile.parse(bytes, file: ""),
              let id = root["questionnaire"]?["id"]?.scalar?.text,
              let version = root["questionnaire"]?["version"]?.scalar?.text else { return nil }
        return (id, version)
    }

    public func load(file: String, bytes: [UInt8], kind: Kind = .responseFile) -> Result {
        // A well-formed response file is read from libyaml's events; anything else, and every
        // diagnostic, goes through the node tree below.
        if case .responseFile = kind, eventTables.fits(questionnaire), !ResponseEncoder.isCutOff(bytes),
           let response = ResponseEventDecoder(tables: eventTables, questionnaire: questionnaire, questionnaireSHA256: questionnaireSHA256).decode(bytes) {
            return Result(response: response, diagnostics: [], sources: [:])
        }
        return loadThroughTree(file: file, bytes: bytes, kind: kind)
    }

    /// The tree path alone: what `load` falls back to, and what tests compare the event path with.
    func loadThroughTree(file: String, bytes: [UInt8], kind: Kind = .responseFile) -> Result {
        /// The text is kept only when a diagnostic will quote it: most files in a pool have none.
        func sources(_ diagnostics: [Diagnostic]) -> [String: String] {
            diagnostics.isEmpty ? [:] : [file: String(decoding: bytes, as: UTF8.self)]
        }
        let root: Node
        switch ParsedFile.parse(bytes, file: file, emptyHint: Self.emptyFileHint) {
        case .parsed(let node): root = node
        case .failed(let diagnostic): return Result(response: nil, diagnostics: [diagnostic], sources: sources([diagnostic]))
        }
        if case .responseFile = kind, ResponseEncoder.isCutOff(bytes) {
            let lines = bytes.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            let diagnostic = Diagnostic(
                file: file, mark: Mark(line: lines, column: 1),
                Phrase(en: "the file stops without its end line ('\(ResponseEncoder.endLine)'): it was cut off, and answers after this point are lost",
                       nl: "het bestand houdt op zonder zijn slotregel ('\(ResponseEncoder.endLine)'): het werd afgekapt, en de antwoorden na dit punt zijn verloren"),
                hint: Phrase(en: "zelfscan writes every file whole, so this happened outside it (a copy or disk that broke off); restore the file from a backup",
                             nl: "zelfscan schrijft elk bestand volledig, dus dit gebeurde erbuiten (een kopie of schijf die afbrak); zet het bestand terug uit een back-up"))
            return Result(response: nil, diagnostics: [diagnostic], sources: sources([diagnostic]))
        }
        var decoder = ResponseDecoder(file: file, questionnaire: questionnaire, questionnaireSHA256: questionnaireSHA256)
        let response = decoder.decode(root, kind: kind)
        let diagnostics = decoder.reader.log.diagnostics
        let valid = !diagnostics.contains { $0.severity == .error }
        return Result(response: valid ? response : nil, diagnostics: diagnostics, sources: sources(diagnostics))
    }
}
