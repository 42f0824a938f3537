import YAML

/// Which of the response files found in a round's folder count for that round. A file copied in
/// from another cell or year, or a second file for the same respondent (a backup copy, a file
/// renamed by hand), would otherwise be scored as if it belonged here and count a member twice.
public enum RoundMembership {
    public struct Found: Sendable {
        public var path: String
        /// The file's name without `.yaml`; zelfscan names every response after its respondent code.
        public var name: String
        public var response: Response

        public init(path: String, name: String, response: Response) {
            self.path = path
            self.name = name
            self.response = response
        }
    }

    public struct Outcome: Sendable {
        public var kept: [Response] = []
        /// Paths left out, each with a diagnostic saying why.
        public var rejected: [String] = []
        public var diagnostics: [Diagnostic] = []
    }

    /// Keeps the responses of `municipality` and `year`, one per respondent: of several files with
    /// the same code, the one named after the code, else the first by name.
    public static func check(_ found: [Found], municipality: String, year: Int) -> Outcome {
        var outcome = Outcome()
        var byCode: [String: [Found]] = [:]
        var order: [String] = []
        for file in found {
            let response = file.response
            guard response.municipality == municipality, response.year == year else {
                outcome.rejected.append(file.path)
                outcome.diagnostics.append(Diagnostic(
                    file: file.path, mark: Mark(line: 1, column: 1),
                    Phrase(en: "this response belongs to \(response.municipality) \(response.year), not to this round (\(municipality) \(year)); it is left out",
                           nl: "dit antwoord hoort bij \(response.municipality) \(response.year), niet bij deze ronde (\(municipality) \(year)); het wordt weggelaten"),
                    hint: Phrase(en: "move the file to the workspace and year it belongs to",
                                 nl: "zet het bestand in de werkruimte en het jaar waar het bij hoort")))
                continue
            }
            if byCode[response.respondent] == nil { order.append(response.respondent) }
            byCode[response.respondent, default: []].append(file)
        }
        for code in order {
            let files = byCode[code] ?? []
            let keep = files.first { $0.name == code } ?? files[0]
            outcome.kept.append(keep.response)
            for other in files where other.path != keep.path {
                outcome.rejected.append(other.path)
                outcome.diagnostics.append(Diagnostic(
                    file: other.path, mark: Mark(line: 1, column: 1),
                    Phrase(en: "respondent \(code) already answered in \(keep.path); this second file is left out so no member counts twice",
                           nl: "respondent \(code) antwoordde al in \(keep.path); dit tweede bestand wordt weggelaten zodat geen lid dubbel telt"),
                    hint: Phrase(en: "remove the copy that is not the respondent's own (zelfscan writes \(code).yaml)",
                                 nl: "verwijder de kopie die niet het eigen bestand van de respondent is (zelfscan schrijft \(code).yaml)")))
            }
        }
        return outcome
    }
}
